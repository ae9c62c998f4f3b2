//! Encodes and signs a version 007 token (see the site's token format specification).
use crate::utils;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::BTreeMap;
use std::error::Error;
use std::time::{SystemTime, UNIX_EPOCH};

pub const SERVICE_TYPE_RTC: u16 = 1;
pub const SERVICE_TYPE_RTM: u16 = 2;
pub const SERVICE_TYPE_CHAT: u16 = 5;

pub const PRIVILEGE_JOIN_CHANNEL: u16 = 1;
pub const PRIVILEGE_PUBLISH_AUDIO_STREAM: u16 = 2;
pub const PRIVILEGE_PUBLISH_VIDEO_STREAM: u16 = 3;
pub const PRIVILEGE_PUBLISH_DATA_STREAM: u16 = 4;
pub const PRIVILEGE_LOGIN: u16 = 1;
pub const PRIVILEGE_CHAT_USER: u16 = 1;
pub const PRIVILEGE_CHAT_APP: u16 = 2;


/// The number 0 is written as an empty uid: any uid may join with the token.
pub fn get_uid_str(uid: u32) -> String {
    if uid == 0 { String::new() } else { uid.to_string() }
}

/// One service: its type, privileges (seconds after issue) and the fields after them.
pub struct Service {
    service_type: u16,
    privileges: BTreeMap<u16, u32>,
    fields: Vec<Vec<u8>>,
}

impl Service {
    pub fn add_privilege(&mut self, privilege: u16, expire: u32) {
        self.privileges.insert(privilege, expire);
    }

    fn pack(&self, out: &mut Vec<u8>) -> std::io::Result<()> {
        utils::pack_uint16(out, self.service_type)?;
        utils::pack_uint16(out, self.privileges.len() as u16)?;
        for (id, seconds) in &self.privileges {
            utils::pack_uint16(out, *id)?;
            utils::pack_uint32(out, *seconds)?;
        }
        for field in &self.fields {
            utils::pack_bytes(out, field)?;
        }
        Ok(())
    }
}

fn service(service_type: u16, fields: &[&str]) -> Service {
    Service {
        service_type,
        privileges: BTreeMap::new(),
        fields: fields.iter().map(|f| f.as_bytes().to_vec()).collect(),
    }
}

pub fn new_service_rtc(channel_name: &str, uid: &str) -> Service {
    service(SERVICE_TYPE_RTC, &[channel_name, uid])
}

pub fn new_service_rtm(user_id: &str) -> Service {
    service(SERVICE_TYPE_RTM, &[user_id])
}

pub fn new_service_chat(user_id: &str) -> Service {
    service(SERVICE_TYPE_CHAT, &[user_id])
}

pub struct AccessToken {
    app_id: String,
    app_cert: String,
    expire: u32,
    issue_ts: u32,
    salt: u32,
    services: BTreeMap<u16, Service>,
}

/// A random salt from 1 to 99999999.
fn random_salt() -> u32 {
    utils::get_rand(1, 100_000_000) as u32
}

pub fn new_access_token(app_id: &str, app_cert: &str, expire: u32) -> AccessToken {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock before 1970");
    AccessToken {
        app_id: app_id.to_string(),
        app_cert: app_cert.to_string(),
        expire,
        issue_ts: now.as_secs() as u32,
        salt: random_salt(),
        services: BTreeMap::new(),
    }
}

fn is_hex32(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn hmac_sha256(key: &[u8], message: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

impl AccessToken {
    pub fn add_service(&mut self, service: Service) {
        self.services.insert(service.service_type, service);
    }

    pub fn build(&self) -> Result<String, Box<dyn Error>> {
        // Agora's crate answers a malformed App ID or certificate with this error.
        if !is_hex32(&self.app_id) || !is_hex32(&self.app_cert) {
            return Err("check appId or appCertificate".into());
        }
        let mut info = Vec::new();
        utils::pack_string(&mut info, &self.app_id)?;
        utils::pack_uint32(&mut info, self.issue_ts)?;
        utils::pack_uint32(&mut info, self.expire)?;
        utils::pack_uint32(&mut info, self.salt)?;
        utils::pack_uint16(&mut info, self.services.len() as u16)?;
        for service in self.services.values() {
            service.pack(&mut info)?;
        }
        // The certificate is keyed as text, not hex-decoded.
        let k1 = hmac_sha256(&self.issue_ts.to_le_bytes(), self.app_cert.as_bytes());
        let k2 = hmac_sha256(&self.salt.to_le_bytes(), &k1);
        let signature = hmac_sha256(&k2, &info);

        let mut content = Vec::new();
        utils::pack_bytes(&mut content, &signature)?;
        content.extend_from_slice(&info);
        Ok(format!("007{}", utils::base64_encode_str(&utils::compress_zlib(&content))))
    }
}
