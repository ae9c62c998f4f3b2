-- Prints an RTC token for one user in one channel with Agora's Lua token builder.
--   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 lua5.4 rtc_token.lua
local rtc_token_builder = require("agora_token.rtc_token_builder")
local inputs = require("inputs")

local app_id = inputs.require_hex32("APP_ID")
local app_certificate = inputs.require_hex32("APP_CERTIFICATE")
local channel_name = os.getenv("CHANNEL") or "demo"
local uid_text = os.getenv("UID") or "1234"
local uid = inputs.parse_uid(uid_text)
if not uid then
    io.stderr:write(string.format('UID must be a whole number from 0 to 4294967295 (got "%s").\n', uid_text))
    os.exit(1)
end

-- Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
local token_expire = 3600
local privilege_expire = 3600

print(rtc_token_builder.build_token_with_uid(
    app_id, app_certificate, channel_name, uid,
    rtc_token_builder.ROLE_PUBLISHER, token_expire, privilege_expire
))
