//! Same function and signature as `agora_token::rtm_token_builder::build_token`.
use crate::access_token::*;

pub fn build_token(app_id: &str, app_certificate: &str, user_id: &str, expire: u32) -> Result<String, Box<dyn std::error::Error>> {
    let mut rtm = new_service_rtm(user_id);
    rtm.add_privilege(PRIVILEGE_LOGIN, expire);
    let mut token = new_access_token(app_id, app_certificate, expire);
    token.add_service(rtm);
    token.build()
}
