// Prints an RTC token for one user in one channel with Agora's C++ token builder.
// Copy the folder DynamicKey/AgoraDynamicKey/cpp of AgoraIO/Tools into third_party/agora/, then:
//   g++ -std=c++17 -Ithird_party/agora rtc_token.cpp -lcrypto -lz -o rtc_token
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 ./rtc_token
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <regex>
#include <string>

#include "cpp/src/RtcTokenBuilder2.h"

using agora::tools::RtcTokenBuilder2;
using agora::tools::UserRole;

static std::string Env(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value ? value : fallback;
}

static std::string RequireHex32(const char* name) {
  std::string value = Env(name, "");
  if (!std::regex_match(value, std::regex("[0-9a-fA-F]{32}"))) {
    // The builder returns "" instead of failing when an id is malformed: check first.
    std::cerr << name << " must be the 32 hex characters shown in Agora Console (got " << value.size()
              << " characters).\n";
    std::exit(1);
  }
  return value;
}

int main() {
  std::string app_id = RequireHex32("APP_ID");
  std::string app_certificate = RequireHex32("APP_CERTIFICATE");
  std::string channel_name = Env("CHANNEL", "demo");
  std::string uid_text = Env("UID", "1234");
  // Parse into 64 bits and check the range before narrowing to the builder's uint32_t.
  if (!std::regex_match(uid_text, std::regex("[0-9]{1,10}")) || std::stoull(uid_text) > UINT32_MAX) {
    std::cerr << "UID must be a whole number from 0 to 4294967295 (got \"" << uid_text << "\").\n";
    return 1;
  }
  uint32_t uid = static_cast<uint32_t>(std::stoull(uid_text));

  // Both lifetimes are seconds from now, not Unix timestamps. Agora caps a token at 24 hours.
  const uint32_t token_expire = 3600;
  const uint32_t privilege_expire = 3600;

  std::cout << RtcTokenBuilder2::BuildTokenWithUid(app_id, app_certificate, channel_name, uid,
                                                   UserRole::kRolePublisher, token_expire, privilege_expire)
            << "\n";
  return 0;
}
