//! The other tokens a Rust server usually needs, one per line as "label: token".
//!   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice cargo run --bin variants
use agora_token::{chat_token_builder, rtc_token_builder, rtm_token_builder};
use agora_token_samples::{parse_uid, require_hex32};
use std::env;
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let app_id = require_hex32("APP_ID");
    let app_certificate = require_hex32("APP_CERTIFICATE");
    let channel_name = env::var("CHANNEL").unwrap_or_else(|_| "demo".to_string());
    let uid = parse_uid(&env::var("UID").unwrap_or_else(|_| "1234".to_string())).ok_or("UID must be 0 to 4294967295")?;
    let account = env::var("USER_ACCOUNT").unwrap_or_else(|_| "alice".to_string());
    let expire: u32 = 3600; // seconds from now
    let (id, cert) = (app_id.as_str(), app_certificate.as_str());

    // 1. A string user account instead of a numeric uid. The client must join with the same string.
    let user_account = rtc_token_builder::build_token_with_user_account(
        id, cert, &channel_name, &account, rtc_token_builder::ROLE_PUBLISHER, expire, expire,
    )?;

    // 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
    let subscriber = rtc_token_builder::build_token_with_uid(
        id, cert, &channel_name, uid, rtc_token_builder::ROLE_SUBSCRIBER, expire, expire,
    )?;

    // 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
    let publish_for: u32 = 600;
    let co_host = rtc_token_builder::build_token_with_uid_and_privilege(
        id, cert, &channel_name, uid, expire, expire, publish_for, publish_for, publish_for,
    )?;

    // 4. Signaling (RTM) login for the same person, keyed by a string user id.
    let rtm = rtm_token_builder::build_token(id, cert, &account, expire)?;

    // 5. Chat user token.
    let chat = chat_token_builder::build_chat_user_token(id, cert, &account, expire)?;

    println!("user-account: {user_account}");
    println!("subscriber: {subscriber}");
    println!("co-host: {co_host}");
    println!("rtm: {rtm}");
    println!("chat-user: {chat}");
    Ok(())
}
