-- Test double: the function of Agora's agora_token.rtm_token_builder (Lua) the samples call.
local access_token = require("agora_token.access_token")

local function build_token(app_id, app_certificate, user_id, expire)
    local rtm = access_token.new_service_rtm(user_id)
    rtm.service:add_privilege(access_token.PRIVILEGE_LOGIN, expire)
    local token = access_token.new_access_token(app_id, app_certificate, expire)
    token:add_service(rtm)
    return token:build()
end

return {build_token = build_token}
