-- The other tokens a Lua server usually needs, one per line as "label: token".
--   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice lua5.4 variants.lua
local rtc = require("agora_token.rtc_token_builder")
local rtm_token_builder = require("agora_token.rtm_token_builder")
local chat_token_builder = require("agora_token.chat_token_builder")
local inputs = require("inputs")

local app_id = inputs.require_hex32("APP_ID")
local app_certificate = inputs.require_hex32("APP_CERTIFICATE")
local channel_name = os.getenv("CHANNEL") or "demo"
local uid = assert(inputs.parse_uid(os.getenv("UID") or "1234"), "UID must be 0 to 4294967295")
local account = os.getenv("USER_ACCOUNT") or "alice"
local expire = 3600 -- seconds from now

-- 1. A string user account instead of a numeric uid. The client must join with the same string.
local user_account = rtc.build_token_with_user_account(
    app_id, app_certificate, channel_name, account, rtc.ROLE_PUBLISHER, expire, expire)

-- 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
local subscriber = rtc.build_token_with_uid(
    app_id, app_certificate, channel_name, uid, rtc.ROLE_SUBSCRIBER, expire, expire)

-- 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
local publish_for = 600
local co_host = rtc.build_token_with_uid_and_privilege(
    app_id, app_certificate, channel_name, uid, expire, expire, publish_for, publish_for, publish_for)

-- 4. Signaling (RTM) login for the same person, keyed by a string user id.
local rtm = rtm_token_builder.build_token(app_id, app_certificate, account, expire)

-- 5. Chat user token.
local chat = chat_token_builder.build_chat_user_token(app_id, app_certificate, account, expire)

print("user-account: " .. user_account)
print("subscriber: " .. subscriber)
print("co-host: " .. co_host)
print("rtm: " .. rtm)
print("chat-user: " .. chat)
