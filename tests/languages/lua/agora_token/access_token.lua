-- Test double for Agora's Lua token builder (folder lua of DynamicKey/AgoraDynamicKey in
-- AgoraIO/Tools, modules agora_token.*), written for this site's tests from the token format: the
-- same module names and functions the samples call, with HMAC-SHA256 and random salts from luaossl
-- and zlib from lua-zlib (Debian: lua-luaossl, lua-zlib). Readers use Agora's modules, not these.
local hmac = require("openssl.hmac")
local rand = require("openssl.rand")
local zlib = require("zlib")

local M = {
    SERVICE_TYPE_RTC = 1,
    SERVICE_TYPE_RTM = 2,
    SERVICE_TYPE_CHAT = 5,
    PRIVILEGE_JOIN_CHANNEL = 1,
    PRIVILEGE_PUBLISH_AUDIO_STREAM = 2,
    PRIVILEGE_PUBLISH_VIDEO_STREAM = 3,
    PRIVILEGE_PUBLISH_DATA_STREAM = 4,
    PRIVILEGE_LOGIN = 1,
    PRIVILEGE_CHAT_USER = 1,
    PRIVILEGE_CHAT_APP = 2,
}

local function text(s)
    return string.pack("<s2", s) -- u16 length, then the bytes
end

local function hmac_sha256(key, message)
    return hmac.new(key, "sha256"):final(message)
end

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

-- Standard, padded base64.
local function base64(bytes)
    local out = {}
    for i = 1, #bytes, 3 do
        local a, b, c = bytes:byte(i, i + 2)
        local n = (a << 16) | ((b or 0) << 8) | (c or 0)
        local chunk = {}
        for shift = 18, 0, -6 do
            chunk[#chunk + 1] = alphabet:sub(((n >> shift) & 63) + 1, ((n >> shift) & 63) + 1)
        end
        if not b then chunk[3] = "=" end
        if not c then chunk[4] = "=" end
        out[#out + 1] = table.concat(chunk)
    end
    return table.concat(out)
end

-- A service: type, privileges (seconds after issue) and the text fields after them.
local Service = {}
Service.__index = Service

local function new_service(service_type, ...)
    return setmetatable({service_type = service_type, privileges = {}, fields = {...}}, Service)
end

function Service:add_privilege(privilege, expire)
    self.privileges[privilege] = expire
end

function Service:pack()
    local ids = {}
    for id in pairs(self.privileges) do ids[#ids + 1] = id end
    table.sort(ids)
    local parts = {string.pack("<I2I2", self.service_type, #ids)}
    for _, id in ipairs(ids) do parts[#parts + 1] = string.pack("<I2I4", id, self.privileges[id]) end
    for _, field in ipairs(self.fields) do parts[#parts + 1] = text(field) end
    return table.concat(parts)
end

-- Agora's services keep the generic part in `.service`, so samples call service.service:add_privilege.
local function wrap(service) return {service = service} end

function M.new_service_rtc(channel_name, uid) return wrap(new_service(M.SERVICE_TYPE_RTC, channel_name, uid)) end
function M.new_service_rtm(user_id) return wrap(new_service(M.SERVICE_TYPE_RTM, user_id)) end
function M.new_service_chat(user_id) return wrap(new_service(M.SERVICE_TYPE_CHAT, user_id)) end

-- The number 0 is written as an empty uid: any uid may join with the token.
function M.get_uid_str(uid)
    if uid == 0 then return "" end
    return string.format("%d", uid)
end

local AccessToken = {}
AccessToken.__index = AccessToken

function M.new_access_token(app_id, app_cert, expire)
    local salt = rand.uniform(99999999) + 1 -- 1 to 99999999
    return setmetatable({
        app_id = app_id, app_cert = app_cert, expire = expire,
        issue_ts = os.time(), salt = salt, services = {},
    }, AccessToken)
end

function AccessToken:add_service(service)
    self.services[#self.services + 1] = service.service
end

local function is_hex32(s)
    return type(s) == "string" and #s == 32 and s:match("^%x+$") ~= nil
end

function AccessToken:build()
    if not is_hex32(self.app_id) or not is_hex32(self.app_cert) then
        error("check appId or appCertificate", 2)
    end
    table.sort(self.services, function(a, b) return a.service_type < b.service_type end)
    local parts = {text(self.app_id), string.pack("<I4I4I4I2", self.issue_ts, self.expire, self.salt, #self.services)}
    for _, service in ipairs(self.services) do parts[#parts + 1] = service:pack() end
    local info = table.concat(parts)
    -- The certificate is keyed as text, not hex-decoded.
    local k1 = hmac_sha256(string.pack("<I4", self.issue_ts), self.app_cert)
    local k2 = hmac_sha256(string.pack("<I4", self.salt), k1)
    local signature = hmac_sha256(k2, info)
    local compressed = zlib.deflate()(text(signature) .. info, "finish")
    return "007" .. base64(compressed)
end

return M
