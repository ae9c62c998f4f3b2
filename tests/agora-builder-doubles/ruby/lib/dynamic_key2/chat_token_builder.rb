module AgoraDynamicKey2
  # Same entry points as lib/dynamic_key2/chat_token_builder.rb.
  class ChatTokenBuilder
    def self.build_user_token(app_id, app_certificate, user_id, expire)
      service = AccessToken.service(5, Util.pack_string(user_id))
      service.privileges[1] = expire
      AccessToken.single(app_id, app_certificate, expire, service)
    end

    def self.build_app_token(app_id, app_certificate, expire)
      service = AccessToken.service(5, Util.pack_string(''))
      service.privileges[2] = expire
      AccessToken.single(app_id, app_certificate, expire, service)
    end
  end
end
