-- Helpers of the test double for Agora's Lua token builder, as module agora_token.utils like
-- Agora's: the same four requires (base64, openssl.hmac, md5, zlib), so that a missing rock stops
-- the samples here exactly as it stops them with Agora's modules.
local base64 = require("base64")
local hmac = require("openssl.hmac")
local md5 = require("md5")
local zlib = require("zlib")

local M = {}

function M.base64_encode_str(data)
    return base64.encode(data)
end

function M.compress_zlib(data)
    return zlib.deflate()(data, "finish")
end

-- A random integer from min to max (inclusive).
function M.get_rand(min, max)
    return math.random(min, max)
end

function M.hmac_sha256(key, data)
    return hmac.new(key, "sha256"):final(data)
end

-- Lowercase hex MD5 (Agora's aPaaS builders use it; the samples do not).
function M.md5_hash(data)
    return md5.sumhexa(data)
end

function M.pack_uint16(x)
    return string.pack("<I2", x)
end

function M.pack_uint32(x)
    return string.pack("<I4", x)
end

-- A u16 length, then the bytes.
function M.pack_string(s)
    return string.pack("<s2", s)
end

return M
