//! Test double for Agora's `agora_token` crate: the modules and functions the site's Rust samples
//! call, with real HMAC-SHA256 (`hmac` + `sha2`) and zlib (`flate2`), and the same modules,
//! `use` lines and crate dependencies as Agora's (tests/agora-builder-doubles/rust/official-surface.json).
//! Not Agora's code.
pub mod access_token;
pub mod chat_token_builder;
pub mod rtc_token_builder;
pub mod rtm_token_builder;
pub mod utils;
