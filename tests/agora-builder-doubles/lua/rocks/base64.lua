-- Stand-in for the LuaRocks rock "base64" (module base64: encode, decode), which Agora's
-- agora_token.utils requires and Debian does not package for Lua 5.4. Readers install the rock
-- (luarocks install base64); this file only lets the tests run where LuaRocks is unreachable,
-- and comes last on LUA_PATH so an installed rock wins.
local M = {}

local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

-- Standard, padded base64.
function M.encode(bytes)
    local out = {}
    for i = 1, #bytes, 3 do
        local a, b, c = bytes:byte(i, i + 2)
        local n = (a << 16) | ((b or 0) << 8) | (c or 0)
        local chunk = {}
        for shift = 18, 0, -6 do
            local index = ((n >> shift) & 63) + 1
            chunk[#chunk + 1] = alphabet:sub(index, index)
        end
        if not b then chunk[3] = "=" end
        if not c then chunk[4] = "=" end
        out[#out + 1] = table.concat(chunk)
    end
    return table.concat(out)
end

function M.decode(text)
    local clean = text:gsub("[^%w%+/]", "")
    local out, bits, count = {}, 0, 0
    for i = 1, #clean do
        bits = (bits << 6) | (alphabet:find(clean:sub(i, i), 1, true) - 1)
        count = count + 6
        if count >= 8 then
            count = count - 8
            out[#out + 1] = string.char((bits >> count) & 255)
        end
    end
    return table.concat(out)
end

return M
