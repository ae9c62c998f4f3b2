// Test double for Agora's C++ token builder: HMAC-SHA256 and base64 from OpenSSL, zlib, and the
// App ID check. Same file name and includes as Agora's utils.h (link with -lcrypto -lz).
#pragma once

#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <cctype>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <string>
#include <random>
#include <assert.h>

#include "Packer.h"

namespace agora {
namespace tools {
namespace testdouble {

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

// 32 hexadecimal characters, as App IDs and App Certificates are.
inline bool IsHex32(const std::string& s) {
  if (s.size() != 32) return false;
  for (char c : s) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace testdouble
}  // namespace tools
}  // namespace agora
