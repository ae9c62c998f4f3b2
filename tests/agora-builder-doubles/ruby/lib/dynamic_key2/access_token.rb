require 'openssl'
require 'zlib'
require 'base64'

module AgoraDynamicKey2
  # Encodes and signs a version 007 token.
  class AccessToken
    Service = Struct.new(:type, :fields, :privileges)

    def self.service(type, fields)
      Service.new(type, fields, {})
    end

    def initialize(app_id, app_certificate, expire)
      @app_id = app_id
      @app_certificate = app_certificate
      @expire = expire
      @services = {}
    end

    def add_service(service)
      @services[service.type] = service
    end

    def build
      hex32 = /\A[0-9a-fA-F]{32}\z/
      return '' unless @app_id.is_a?(String) && @app_id.match?(hex32)
      return '' unless @app_certificate.is_a?(String) && @app_certificate.match?(hex32)

      issue_ts = Time.now.to_i
      salt = rand(1..99_999_999)
      info = Util.pack_string(@app_id) + [issue_ts, @expire, salt].map { |n| Util.pack_uint32(n) }.join + Util.pack_uint16(@services.size)
      @services.keys.sort.each do |type|
        service = @services[type]
        info += Util.pack_uint16(type) + Util.pack_uint16(service.privileges.size)
        service.privileges.keys.sort.each { |id| info += Util.pack_uint16(id) + Util.pack_uint32(service.privileges[id]) }
        info += service.fields
      end
      key = OpenSSL::HMAC.digest('SHA256', [issue_ts].pack('V'), @app_certificate)
      key = OpenSSL::HMAC.digest('SHA256', [salt].pack('V'), key)
      signature = OpenSSL::HMAC.digest('SHA256', key, info)
      '007' + Base64.strict_encode64(Zlib::Deflate.deflate(Util.pack_string(signature) + info))
    end

    def self.single(app_id, app_certificate, expire, service)
      token = new(app_id, app_certificate, expire)
      token.add_service(service)
      token.build
    end
  end
end
