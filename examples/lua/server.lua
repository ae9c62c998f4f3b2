-- A token endpoint with LuaSocket (Debian: lua-socket), compatible with the reference server's
--   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
--   APP_ID=... APP_CERTIFICATE=... PORT=8080 lua5.4 server.lua
-- One request at a time: enough to show the route. Under OpenResty, put the body of `route` in a
-- content_by_lua_block and read the segments from ngx.var.uri instead.
local socket = require("socket")
local rtc = require("agora_token.rtc_token_builder")
local inputs = require("inputs")

local app_id = inputs.require_hex32("APP_ID")
local app_certificate = inputs.require_hex32("APP_CERTIFICATE")

local function error_body(status, message)
    return status, string.format('{"error":"%s"}', message)
end

local function percent_decode(segment)
    return (segment:gsub("%%(%x%x)", function(hex) return string.char(tonumber(hex, 16)) end))
end

local function route(method, target)
    local path, query = target:match("^([^?]*)%??(.*)$")
    -- Split the raw path before decoding, so an encoded '/' stays inside its segment.
    local parts = {}
    for segment in path:gmatch("[^/]+") do parts[#parts + 1] = segment end
    if method ~= "GET" or #parts ~= 5 or parts[1] ~= "rtc" then
        return error_body(404, "use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600")
    end
    local channel_name, role_text, token_type, user = percent_decode(parts[2]), parts[3], parts[4], percent_decode(parts[5])
    local role = ({publisher = rtc.ROLE_PUBLISHER, subscriber = rtc.ROLE_SUBSCRIBER})[role_text]
    if not role then
        return error_body(400, "role must be publisher or subscriber")
    end
    local expiry = ("&" .. query):match("&expiry=([^&]*)") or "3600"
    local seconds = expiry:match("^%d%d?%d?%d?%d?$") and tonumber(expiry)
    if not seconds or seconds < 1 or seconds > 86400 then
        return error_body(400, "expiry must be whole seconds from 1 to 86400")
    end

    local token
    if token_type == "uid" then
        local uid = inputs.parse_uid(user)
        if not uid then
            return error_body(400, "uid must be a whole number from 0 to 4294967295")
        end
        token = rtc.build_token_with_uid(app_id, app_certificate, channel_name, uid, role, seconds, seconds)
    elseif token_type == "userAccount" then
        token = rtc.build_token_with_user_account(app_id, app_certificate, channel_name, user, role, seconds, seconds)
    else
        return error_body(400, "tokenType must be uid or userAccount")
    end
    -- A token is base64 text: it needs no JSON escaping.
    return 200, string.format('{"rtcToken":"%s"}', token)
end

local reasons = {[200] = "OK", [400] = "Bad Request", [404] = "Not Found"}
local port = tonumber(os.getenv("PORT") or "8080")
local server = assert(socket.bind("*", port))
print("Token server listening on http://localhost:" .. port)
while true do
    local client = server:accept()
    client:settimeout(5)
    local request_line = client:receive("*l")
    repeat -- the headers are not needed: read up to the blank line
        local header = client:receive("*l")
    until not header or header == ""
    if request_line then
        local method, target = request_line:match("^(%u+) (%S+)")
        local status, body = route(method or "", target or "")
        client:send(string.format("HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n" ..
            "Content-Length: %d\r\nConnection: close\r\n\r\n%s", status, reasons[status], #body, body))
    end
    client:close()
end
