-- Stand-in for the LuaRocks rock "md5" (module md5: sumhexa), which Agora's agora_token.utils
-- requires and Debian does not package for Lua 5.4. Readers install the rock (luarocks install
-- md5); this file only lets the tests run where LuaRocks is unreachable, and comes last on
-- LUA_PATH so an installed rock wins. The digest comes from luaossl.
local digest = require("openssl.digest")

local M = {}

function M.sum(data)
    return digest.new("md5"):final(data)
end

function M.sumhexa(data)
    return (M.sum(data):gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

return M
