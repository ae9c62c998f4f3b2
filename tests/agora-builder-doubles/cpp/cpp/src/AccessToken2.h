// Test double for Agora's C++ token builder (folder cpp/src of AgoraIO/Tools), written for this
// site's tests from the token format: the same file names, includes, namespace, classes and static
// entry points as the official headers the samples include (see ../../official-surface.json),
// real HMAC-SHA256 from OpenSSL and deflate from zlib. Readers use Agora's headers.
#pragma once

#include <zlib.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cpp/src/Packer.h"
#include "cpp/src/utils.h"

namespace agora {
namespace tools {
namespace testdouble {

struct Service {
  uint16_t type;
  std::string fields;                   // encoded fields written after the privileges
  std::map<uint16_t, uint32_t> privileges;  // std::map keeps ids ascending
};

inline std::string Build(const std::string& app_id, const std::string& app_certificate, uint32_t expire,
                         const Service& service) {
  // "" rather than an exception for a malformed App ID or certificate, as Agora's builder does.
  if (!IsHex32(app_id) || !IsHex32(app_certificate)) return "";

  uint32_t issue_ts = static_cast<uint32_t>(::time(NULL));
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
