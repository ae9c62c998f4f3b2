//! Same functions and signatures as `agora_token::chat_token_builder`.
use crate::access_token::*;

pub fn build_chat_user_token(
    app_id: &str, app_certificate: &str, user_uuid: &str, expire: u32,
) -> Result<String, Box<dyn std::error::Error>> {
    let mut chat = new_service_chat(user_uuid);
    chat.add_privilege(PRIVILEGE_CHAT_USER, expire);
    let mut token = new_access_token(app_id, app_certificate, expire);
    token.add_service(chat);
    token.build()
}

pub fn build_chat_app_token(app_id: &str, app_certificate: &str, expire: u32) -> Result<String, Box<dyn std::error::Error>> {
    let mut chat = new_service_chat("");
    chat.add_privilege(PRIVILEGE_CHAT_APP, expire);
    let mut token = new_access_token(app_id, app_certificate, expire);
    token.add_service(chat);
    token.build()
}
