-- Input checks shared by the three sample programs.
local M = {}

-- Reads an App ID or App Certificate from the environment, or stops with a message naming it.
-- The builder raises a vague error ("check appId or appCertificate") only when the token is built.
function M.require_hex32(name)
    local value = os.getenv(name) or ""
    if #value == 32 and value:match("^%x+$") then
        return value
    end
    io.stderr:write(string.format("%s must be the 32 hex characters shown in Agora Console (got %d characters).\n",
        name, #value))
    os.exit(1)
end

-- A uid as a Lua integer from 0 to 4294967295, or nil. tonumber alone would accept "1e3" and "0x10".
function M.parse_uid(text)
    if not text:match("^%d+$") or #text > 10 then
        return nil
    end
    local uid = math.tointeger(tonumber(text))
    if uid and uid <= 0xFFFFFFFF then
        return uid
    end
    return nil
end

return M
