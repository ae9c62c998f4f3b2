//! A token endpoint on the standard library alone, compatible with the reference server's
//!   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
//!   APP_ID=... APP_CERTIFICATE=... PORT=8080 cargo run --bin server
use agora_token::rtc_token_builder::{self, ROLE_PUBLISHER, ROLE_SUBSCRIBER};
use agora_token_samples::{parse_uid, require_hex32};
use std::env;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;

struct Credentials {
    app_id: String,
    app_certificate: String,
}

fn main() -> std::io::Result<()> {
    let credentials = Arc::new(Credentials {
        app_id: require_hex32("APP_ID"),
        app_certificate: require_hex32("APP_CERTIFICATE"),
    });
    let port: u16 = env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let listener = TcpListener::bind(("0.0.0.0", port))?;
    println!("Token server listening on http://localhost:{port}");
    for stream in listener.incoming().flatten() {
        let credentials = Arc::clone(&credentials);
        thread::spawn(move || {
            let _ = serve(stream, &credentials); // a client that hangs up early is not an error here
        });
    }
    Ok(())
}

fn serve(stream: TcpStream, credentials: &Credentials) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new(); // headers are not needed: read up to the blank line
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let (status, body) = route(method, target, credentials);
    let reason = match status { 200 => "OK", 400 => "Bad Request", 404 => "Not Found", _ => "Internal Server Error" };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

fn error(status: u16, message: &str) -> (u16, String) {
    (status, format!("{{\"error\":\"{message}\"}}"))
}

fn route(method: &str, target: &str, credentials: &Credentials) -> (u16, String) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    // Split the raw path before decoding, so an encoded '/' stays inside its segment.
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    if method != "GET" || parts.len() != 5 || parts[0] != "rtc" {
        return error(404, "use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600");
    }
    let (Some(channel_name), Some(user)) = (percent_decode(parts[1]), percent_decode(parts[4])) else {
        return error(400, "channelName and uid must be UTF-8 text");
    };
    let role = match parts[2] {
        "publisher" => ROLE_PUBLISHER,
        "subscriber" => ROLE_SUBSCRIBER,
        _ => return error(400, "role must be publisher or subscriber"),
    };
    let expiry = query.split('&').find_map(|pair| pair.strip_prefix("expiry=")).unwrap_or("3600");
    let seconds = match parse_uid(expiry) {
        Some(s) if (1..=86_400).contains(&s) => s,
        _ => return error(400, "expiry must be whole seconds from 1 to 86400"),
    };

    let (id, cert) = (credentials.app_id.as_str(), credentials.app_certificate.as_str());
    let built = match parts[3] {
        "uid" => match parse_uid(&user) {
            Some(uid) => rtc_token_builder::build_token_with_uid(id, cert, &channel_name, uid, role, seconds, seconds),
            None => return error(400, "uid must be a whole number from 0 to 4294967295"),
        },
        "userAccount" => {
            rtc_token_builder::build_token_with_user_account(id, cert, &channel_name, &user, role, seconds, seconds)
        }
        _ => return error(400, "tokenType must be uid or userAccount"),
    };
    match built {
        // A token is base64 text: it needs no JSON escaping.
        Ok(token) => (200, format!("{{\"rtcToken\":\"{token}\"}}")),
        Err(_) => error(500, "the token could not be built"),
    }
}

/// Decodes %XX escapes in one path segment; None if the bytes are not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
