-- Test double: the functions of Agora's agora_token.rtc_token_builder (Lua) the samples call.
local access_token = require("agora_token.access_token")

local ROLE_PUBLISHER = 1
local ROLE_SUBSCRIBER = 2

local function single(app_id, app_certificate, token_expire, service)
    local token = access_token.new_access_token(app_id, app_certificate, token_expire)
    token:add_service(service)
    return token:build()
end

local function build_token_with_user_account(app_id, app_certificate, channel_name, account, role, token_expire,
                                             privilege_expire)
    local rtc = access_token.new_service_rtc(channel_name, account)
    rtc.service:add_privilege(access_token.PRIVILEGE_JOIN_CHANNEL, privilege_expire)
    if role == ROLE_PUBLISHER then
        rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_AUDIO_STREAM, privilege_expire)
        rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_VIDEO_STREAM, privilege_expire)
        rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_DATA_STREAM, privilege_expire)
    end
    return single(app_id, app_certificate, token_expire, rtc)
end

local function build_token_with_uid(app_id, app_certificate, channel_name, uid, role, token_expire, privilege_expire)
    return build_token_with_user_account(app_id, app_certificate, channel_name, access_token.get_uid_str(uid), role,
        token_expire, privilege_expire)
end

local function build_token_with_user_account_and_privilege(app_id, app_certificate, channel_name, account,
                                                           token_expire, join_channel_privilege_expire,
                                                           pub_audio_privilege_expire, pub_video_privilege_expire,
                                                           pub_data_stream_privilege_expire)
    local rtc = access_token.new_service_rtc(channel_name, account)
    rtc.service:add_privilege(access_token.PRIVILEGE_JOIN_CHANNEL, join_channel_privilege_expire)
    rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_AUDIO_STREAM, pub_audio_privilege_expire)
    rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_VIDEO_STREAM, pub_video_privilege_expire)
    rtc.service:add_privilege(access_token.PRIVILEGE_PUBLISH_DATA_STREAM, pub_data_stream_privilege_expire)
    return single(app_id, app_certificate, token_expire, rtc)
end

local function build_token_with_uid_and_privilege(app_id, app_certificate, channel_name, uid, token_expire,
                                                  join_channel_privilege_expire, pub_audio_privilege_expire,
                                                  pub_video_privilege_expire, pub_data_stream_privilege_expire)
    return build_token_with_user_account_and_privilege(app_id, app_certificate, channel_name,
        access_token.get_uid_str(uid), token_expire, join_channel_privilege_expire, pub_audio_privilege_expire,
        pub_video_privilege_expire, pub_data_stream_privilege_expire)
end

return {
    build_token_with_uid = build_token_with_uid,
    build_token_with_user_account = build_token_with_user_account,
    build_token_with_uid_and_privilege = build_token_with_uid_and_privilege,
    build_token_with_user_account_and_privilege = build_token_with_user_account_and_privilege,
    ROLE_PUBLISHER = ROLE_PUBLISHER,
    ROLE_SUBSCRIBER = ROLE_SUBSCRIBER,
}
