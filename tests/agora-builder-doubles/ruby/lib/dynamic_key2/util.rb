require 'base64'

module AgoraDynamicKey2
  # Little-endian packing of the token's fields, as in Agora's lib/dynamic_key2/util.rb.
  class Util
    def self.pack_uint16(int)
      [int].pack('v')
    end

    def self.pack_uint32(int)
      [int].pack('V')
    end

    # A u16 length, then the bytes.
    def self.pack_string(str)
      bytes = str.to_s.b
      pack_uint16(bytes.bytesize) + bytes
    end
  end
end
