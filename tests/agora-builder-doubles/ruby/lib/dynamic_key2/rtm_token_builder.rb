module AgoraDynamicKey2
  # Same entry point as lib/dynamic_key2/rtm_token_builder.rb.
  class RtmTokenBuilder
    def self.build_token(app_id, app_certificate, user_id, expire)
      service = AccessToken.service(2, Util.pack_string(user_id))
      service.privileges[1] = expire
      AccessToken.single(app_id, app_certificate, expire, service)
    end
  end
end
