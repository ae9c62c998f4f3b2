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
      service = AccessToken.service(1, Util.pack_string(channel_name) + Util.pack_string(user))
      service.privileges.merge!(privileges)
      AccessToken.single(app_id, app_certificate, token_expire, service)
    end
    private_class_method :rtc
  end
end
