-- Test double: the functions of Agora's agora_token.chat_token_builder (Lua) the samples call.
local access_token = require("agora_token.access_token")

local function build(app_id, app_certificate, user_id, privilege, expire)
    local chat = access_token.new_service_chat(user_id)
    chat.service:add_privilege(privilege, expire)
    local token = access_token.new_access_token(app_id, app_certificate, expire)
    token:add_service(chat)
    return token:build()
end

local function build_chat_user_token(app_id, app_certificate, user_uuid, expire)
    return build(app_id, app_certificate, user_uuid, access_token.PRIVILEGE_CHAT_USER, expire)
end

local function build_chat_app_token(app_id, app_certificate, expire)
    return build(app_id, app_certificate, "", access_token.PRIVILEGE_CHAT_APP, expire)
end

return {build_chat_user_token = build_chat_user_token, build_chat_app_token = build_chat_app_token}
