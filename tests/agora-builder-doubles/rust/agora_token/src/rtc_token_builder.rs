//! Same functions and signatures as `agora_token::rtc_token_builder`.
use crate::access_token::{self, *};

pub type Role = u16;
pub const ROLE_PUBLISHER: Role = 1;
pub const ROLE_SUBSCRIBER: Role = 2;

pub fn build_token_with_uid(
    app_id: &str, app_certificate: &str, channel_name: &str, uid: u32, role: Role, token_expire: u32,
    privilege_expire: u32,
) -> Result<String, Box<dyn std::error::Error>> {
    let account = access_token::get_uid_str(uid);
    build_token_with_user_account(app_id, app_certificate, channel_name, &account, role, token_expire, privilege_expire)
}

pub fn build_token_with_user_account(
    app_id: &str, app_certificate: &str, channel_name: &str, account: &str, role: Role, token_expire: u32,
    privilege_expire: u32,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut rtc = new_service_rtc(channel_name, account);
    rtc.add_privilege(PRIVILEGE_JOIN_CHANNEL, privilege_expire);
    if role == ROLE_PUBLISHER {
        for id in [PRIVILEGE_PUBLISH_AUDIO_STREAM, PRIVILEGE_PUBLISH_VIDEO_STREAM, PRIVILEGE_PUBLISH_DATA_STREAM] {
            rtc.add_privilege(id, privilege_expire);
        }
    }
    let mut token = new_access_token(app_id, app_certificate, token_expire);
    token.add_service(rtc);
    token.build()
}

#[allow(clippy::too_many_arguments)]
pub fn build_token_with_uid_and_privilege(
    app_id: &str, app_certificate: &str, channel_name: &str, uid: u32, token_expire: u32,
    join_channel_privilege_expire: u32, pub_audio_privilege_expire: u32, pub_video_privilege_expire: u32,
    pub_data_stream_privilege_expire: u32,
) -> Result<String, Box<dyn std::error::Error>> {
    let account = access_token::get_uid_str(uid);
    build_token_with_user_account_and_privilege(
        app_id, app_certificate, channel_name, &account, token_expire, join_channel_privilege_expire,
        pub_audio_privilege_expire, pub_video_privilege_expire, pub_data_stream_privilege_expire,
    )
}

#[allow(clippy::too_many_arguments)]
pub fn build_token_with_user_account_and_privilege(
    app_id: &str, app_certificate: &str, channel_name: &str, account: &str, token_expire: u32,
    join_channel_privilege_expire: u32, pub_audio_privilege_expire: u32, pub_video_privilege_expire: u32,
    pub_data_stream_privilege_expire: u32,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut rtc = new_service_rtc(channel_name, account);
    rtc.add_privilege(PRIVILEGE_JOIN_CHANNEL, join_channel_privilege_expire);
    rtc.add_privilege(PRIVILEGE_PUBLISH_AUDIO_STREAM, pub_audio_privilege_expire);
    rtc.add_privilege(PRIVILEGE_PUBLISH_VIDEO_STREAM, pub_video_privilege_expire);
    rtc.add_privilege(PRIVILEGE_PUBLISH_DATA_STREAM, pub_data_stream_privilege_expire);
    let mut token = new_access_token(app_id, app_certificate, token_expire);
    token.add_service(rtc);
    token.build()
}
