-- Test double for Agora's Lua token builder (folder lua of DynamicKey/AgoraDynamicKey in
-- AgoraIO/Tools, modules agora_token.*), written for this site's tests from the token format: the
-- same module names, requires and functions the samples call (see official-surface.json), with
-- the byte packing, HMAC-SHA256, zlib and base64 in agora_token.utils. Readers use Agora's modules.
local utils = require("agora_token.utils")

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
    local parts = {utils.pack_uint16(self.service_type), utils.pack_uint16(#ids)}
    for _, id in ipairs(ids) do parts[#parts + 1] = utils.pack_uint16(id) .. utils.pack_uint32(self.privileges[id]) end
    for _, field in ipairs(self.fields) do parts[#parts + 1] = utils.pack_string(field) end
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
    local salt = utils.get_rand(1, 99999999)
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
    local parts = {
        utils.pack_string(self.app_id), utils.pack_uint32(self.issue_ts), utils.pack_uint32(self.expire),
        utils.pack_uint32(self.salt), utils.pack_uint16(#self.services),
    }
    for _, service in ipairs(self.services) do parts[#parts + 1] = service:pack() end
    local info = table.concat(parts)
    -- The certificate is keyed as text, not hex-decoded.
    local k1 = utils.hmac_sha256(utils.pack_uint32(self.issue_ts), self.app_cert)
    local k2 = utils.hmac_sha256(utils.pack_uint32(self.salt), k1)
    local signature = utils.hmac_sha256(k2, info)
    return "007" .. utils.base64_encode_str(utils.compress_zlib(utils.pack_string(signature) .. info))
end

return M
