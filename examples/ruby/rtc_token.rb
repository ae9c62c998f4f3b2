# Prints an RTC token for one user in one channel with Agora's Ruby token builder
# (the gem agora_dynamic_key from AgoraIO/Tools, loaded as 'dynamic_key2').
#   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 bundle exec ruby rtc_token.rb
require 'dynamic_key2'

def require_hex32(name)
  value = ENV.fetch(name, '')
  return value if value.match?(/\A[0-9a-fA-F]{32}\z/)

  # The builder returns '' instead of raising when an id is malformed: check first.
  warn "#{name} must be the 32 hex characters shown in Agora Console (got #{value.length} characters)."
  exit 1
end

if $PROGRAM_NAME == __FILE__
  app_id = require_hex32('APP_ID')
  app_certificate = require_hex32('APP_CERTIFICATE')
  channel_name = ENV.fetch('CHANNEL', 'demo')
  uid_text = ENV.fetch('UID', '1234')
  unless uid_text.match?(/\A\d{1,10}\z/) && uid_text.to_i <= 0xFFFFFFFF
    warn "UID must be a whole number from 0 to 4294967295 (got \"#{uid_text}\")."
    exit 1
  end
  uid = uid_text.to_i # an Integer: the String "0" would not mean "any uid"

  # Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
  token_expire = 3600
  privilege_expire = 3600

  puts AgoraDynamicKey2::RtcTokenBuilder.build_token_with_uid(
    app_id, app_certificate, channel_name, uid,
    AgoraDynamicKey2::RtcTokenBuilder::ROLE_PUBLISHER, token_expire, privilege_expire
  )
end
