//! Byte packing, base64, zlib, random salts and MD5: the helpers Agora's `utils` module offers,
//! on the same crates (base64, byteorder, flate2, rand, md5), so the double needs exactly the
//! dependencies Agora's crate needs.
use base64::{engine::general_purpose::STANDARD, Engine as _};
use byteorder::{LittleEndian, WriteBytesExt};
use rand::prelude::*;
use std::io::{self, Write};

pub fn base64_encode_str(src: &[u8]) -> String {
    STANDARD.encode(src)
}

pub fn compress_zlib(src: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(src).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

/// A random integer in [min, max).
pub fn get_rand(min: i32, max: i32) -> i32 {
    if max <= min { min } else { rand::thread_rng().gen_range(min..max) }
}

/// Lowercase hex MD5 of a string (Agora's aPaaS builders use it; the samples do not).
pub fn md5(s: &str) -> String {
    format!("{:x}", md5::compute(s))
}

pub fn pack_uint16(w: &mut dyn Write, n: u16) -> io::Result<()> {
    w.write_u16::<LittleEndian>(n)
}

pub fn pack_uint32(w: &mut dyn Write, n: u32) -> io::Result<()> {
    w.write_u32::<LittleEndian>(n)
}

/// A u16 length, then the bytes.
pub fn pack_bytes(w: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
    pack_uint16(w, bytes.len() as u16)?;
    w.write_all(bytes)
}

pub fn pack_string(w: &mut dyn Write, s: &str) -> io::Result<()> {
    pack_bytes(w, s.as_bytes())
}
