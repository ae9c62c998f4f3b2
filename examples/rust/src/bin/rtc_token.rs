//! Prints an RTC token for one user in one channel with Agora's Rust token builder.
//!   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 cargo run --bin rtc_token
use agora_token::rtc_token_builder::{self, ROLE_PUBLISHER};
use agora_token_samples::{parse_uid, require_hex32};
use std::env;
use std::process::exit;

fn main() {
    let app_id = require_hex32("APP_ID");
    let app_certificate = require_hex32("APP_CERTIFICATE");
    let channel_name = env::var("CHANNEL").unwrap_or_else(|_| "demo".to_string());
    let uid_text = env::var("UID").unwrap_or_else(|_| "1234".to_string());
    let Some(uid) = parse_uid(&uid_text) else {
        eprintln!("UID must be a whole number from 0 to 4294967295 (got \"{uid_text}\").");
        exit(1);
    };

    // Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
    let token_expire: u32 = 3600;
    let privilege_expire: u32 = 3600;

    match rtc_token_builder::build_token_with_uid(
        &app_id, &app_certificate, &channel_name, uid, ROLE_PUBLISHER, token_expire, privilege_expire,
    ) {
        Ok(token) => println!("{token}"),
        Err(error) => {
            eprintln!("could not build the token: {error}");
            exit(1);
        }
    }
}
