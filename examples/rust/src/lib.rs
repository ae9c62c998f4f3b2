//! Input checks shared by the three sample programs (src/bin/*.rs).
use std::env;
use std::process::exit;

/// Reads an App ID or App Certificate from the environment, or stops with a message naming it.
/// The builder only reports a bad id when the token is built; checking first gives a clear message.
pub fn require_hex32(name: &str) -> String {
    let value = env::var(name).unwrap_or_default();
    if value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return value;
    }
    eprintln!("{name} must be the 32 hex characters shown in Agora Console (got {} characters).", value.len());
    exit(1);
}

/// Parses a uid: digits only, 0 to 4294967295. `u32` rejects negatives and larger numbers.
pub fn parse_uid(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None; // u32::from_str would also accept a leading '+'
    }
    text.parse::<u32>().ok()
}
