# The other tokens a Ruby server usually needs, one per line as "label: token".
#   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice bundle exec ruby variants.rb
require 'dynamic_key2'
require_relative 'rtc_token'

app_id = require_hex32('APP_ID')
app_certificate = require_hex32('APP_CERTIFICATE')
channel_name = ENV.fetch('CHANNEL', 'demo')
uid = ENV.fetch('UID', '1234').to_i
account = ENV.fetch('USER_ACCOUNT', 'alice')
expire = 3600 # seconds from now
rtc = AgoraDynamicKey2::RtcTokenBuilder

# 1. A string user account instead of a numeric uid. The client must join with the same string.
user_account = rtc.build_token_with_user_account(
  app_id, app_certificate, channel_name, account, rtc::ROLE_PUBLISHER, expire, expire
)

# 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
subscriber = rtc.build_token_with_uid(app_id, app_certificate, channel_name, uid, rtc::ROLE_SUBSCRIBER, expire, expire)

# 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
publish_for = 600
co_host = rtc.build_token_with_uid_and_privilege(
  app_id, app_certificate, channel_name, uid, expire, expire, publish_for, publish_for, publish_for
)

# 4. Signaling (RTM) login for the same person, keyed by a string user id.
rtm = AgoraDynamicKey2::RtmTokenBuilder.build_token(app_id, app_certificate, account, expire)

# 5. Chat user token.
chat = AgoraDynamicKey2::ChatTokenBuilder.build_user_token(app_id, app_certificate, account, expire)

puts "user-account: #{user_account}"
puts "subscriber: #{subscriber}"
puts "co-host: #{co_host}"
puts "rtm: #{rtm}"
puts "chat-user: #{chat}"
