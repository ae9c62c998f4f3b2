module AgoraDynamicKey2
  # Same entry points as lib/dynamic_key2/rtc_token_builder.rb of the official gem.
  class RtcTokenBuilder
    ROLE_PUBLISHER = 1
    ROLE_SUBSCRIBER = 2

    def self.build_token_with_uid(app_id, app_certificate, channel_name, uid, role, token_expire, privilege_expire = 0)
      build_token_with_user_account(app_id, app_certificate, channel_name, uid, role, token_expire, privilege_expire)
    end

    def self.build_token_with_user_account(app_id, app_certificate, channel_name, account, role, token_expire,
                                           privilege_expire = 0)
      ids = role == ROLE_PUBLISHER ? [1, 2, 3, 4] : [1]
      rtc(app_id, app_certificate, channel_name, account, token_expire, ids.to_h { |id| [id, privilege_expire] })
    end

    def self.build_token_with_uid_and_privilege(app_id, app_certificate, channel_name, uid, token_expire,
                                                join_channel_privilege_expire, pub_audio_privilege_expire,
                                                pub_video_privilege_expire, pub_data_stream_privilege_expire)
      build_token_with_user_account_and_privilege(
        app_id, app_certificate, channel_name, uid, token_expire, join_channel_privilege_expire,
        pub_audio_privilege_expire, pub_video_privilege_expire, pub_data_stream_privilege_expire
      )
    end

    def self.build_token_with_user_account_and_privilege(app_id, app_certificate, channel_name, account, token_expire,
                                                         join_channel_privilege_expire, pub_audio_privilege_expire,
                                                         pub_video_privilege_expire, pub_data_stream_privilege_expire)
      rtc(app_id, app_certificate, channel_name, account, token_expire,
          { 1 => join_channel_privilege_expire, 2 => pub_audio_privilege_expire,
            3 => pub_video_privilege_expire, 4 => pub_data_stream_privilege_expire })
    end

    def self.rtc(app_id, app_certificate, channel_name, account, token_expire, privileges)
      # The integer 0 means "any uid" and is written as an empty string.
      user = account.eql?(0) ? '' : account.to_s
      service = TestToken007.service(1, TestToken007.text(channel_name) + TestToken007.text(user))
      service.privileges.merge!(privileges)
      TestToken007.single(app_id, app_certificate, token_expire, service)
    end
    private_class_method :rtc
  end

  # Same entry point as lib/dynamic_key2/rtm_token_builder.rb.
  class RtmTokenBuilder
    def self.build_token(app_id, app_certificate, user_id, expire)
      service = TestToken007.service(2, TestToken007.text(user_id))
      service.privileges[1] = expire
      TestToken007.single(app_id, app_certificate, expire, service)
    end
  end

  # Same entry points as lib/dynamic_key2/chat_token_builder.rb.
  class ChatTokenBuilder
    def self.build_user_token(app_id, app_certificate, user_id, expire)
      service = TestToken007.service(5, TestToken007.text(user_id))
      service.privileges[1] = expire
      TestToken007.single(app_id, app_certificate, expire, service)
    end

    def self.build_app_token(app_id, app_certificate, expire)
      service = TestToken007.service(5, TestToken007.text(''))
      service.privileges[2] = expire
      TestToken007.single(app_id, app_certificate, expire, service)
    end
  end
end
