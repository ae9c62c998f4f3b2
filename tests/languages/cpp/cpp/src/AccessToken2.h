// Test double for Agora's C++ token builder (folder cpp/src of AgoraIO/Tools), written for this
// site's tests from the token format: the same namespace, classes and static entry points as the
// official headers the samples include, real HMAC-SHA256 from OpenSSL and deflate from zlib
// (link with -lcrypto -lz, as the official headers need). Readers use Agora's headers.
#pragma once

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <zlib.h>

#include <cstdint>
#include <ctime>
#include <map>
#include <random>
#include <regex>
#include <string>
#include <vector>

namespace agora {
namespace tools {
namespace testdouble {

inline void PutU16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}

inline void PutU32(std::string& out, uint32_t v) {
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

inline void PutString(std::string& out, const std::string& s) {
  PutU16(out, static_cast<uint16_t>(s.size()));
  out += s;
}

inline std::string Hmac(const std::string& key, const std::string& message) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest, &length);
  return std::string(reinterpret_cast<char*>(digest), length);
}

inline std::string Base64(const std::string& in) {
  std::vector<unsigned char> out(4 * ((in.size() + 2) / 3) + 1);
  int n = EVP_EncodeBlock(out.data(), reinterpret_cast<const unsigned char*>(in.data()), static_cast<int>(in.size()));
  return std::string(reinterpret_cast<char*>(out.data()), n);
}

inline std::string Deflate(const std::string& in) {
  uLongf size = compressBound(in.size());
  std::string out(size, '\0');
  compress(reinterpret_cast<Bytef*>(&out[0]), &size, reinterpret_cast<const Bytef*>(in.data()), in.size());
  out.resize(size);
  return out;
}

struct Service {
  uint16_t type;
  std::string fields;                   // encoded fields written after the privileges
  std::map<uint16_t, uint32_t> privileges;  // std::map keeps ids ascending
};

inline std::string Build(const std::string& app_id, const std::string& app_certificate, uint32_t expire,
                         const Service& service) {
  static const std::regex hex32("^[0-9a-fA-F]{32}$");
  if (!std::regex_match(app_id, hex32) || !std::regex_match(app_certificate, hex32)) return "";

  uint32_t issue_ts = static_cast<uint32_t>(std::time(nullptr));
  std::random_device random;
  uint32_t salt = std::uniform_int_distribution<uint32_t>(1, 0xffffffffu)(random);

  std::string info;
  PutString(info, app_id);
  PutU32(info, issue_ts);
  PutU32(info, expire);
  PutU32(info, salt);
  PutU16(info, 1);
  PutU16(info, service.type);
  PutU16(info, static_cast<uint16_t>(service.privileges.size()));
  for (const auto& p : service.privileges) {
    PutU16(info, p.first);
    PutU32(info, p.second);
  }
  info += service.fields;

  std::string ts, s;
  PutU32(ts, issue_ts);
  PutU32(s, salt);
  std::string key = Hmac(s, Hmac(ts, app_certificate));
  std::string content;
  PutString(content, Hmac(key, info));
  content += info;
  return "007" + Base64(Deflate(content));
}

inline std::string Fields(const std::string& a) {
  std::string out;
  PutString(out, a);
  return out;
}

inline std::string Fields(const std::string& a, const std::string& b) {
  return Fields(a) + Fields(b);
}

}  // namespace testdouble
}  // namespace tools
}  // namespace agora
