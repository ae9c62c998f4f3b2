// The other tokens a C++ server usually needs, one per line as "label: token".
//   g++ -std=c++17 -Ithird_party/agora variants.cpp -lcrypto -lz -o variants
//   APP_ID=... APP_CERTIFICATE=... CHANNEL=demo UID=1234 USER_ACCOUNT=alice ./variants
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

#include "cpp/src/ChatTokenBuilder2.h"
#include "cpp/src/RtcTokenBuilder2.h"
#include "cpp/src/RtmTokenBuilder2.h"

using namespace agora::tools;

static std::string Env(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value ? value : fallback;
}

int main() {
  std::string app_id = Env("APP_ID", "");
  std::string app_certificate = Env("APP_CERTIFICATE", "");
  std::string channel_name = Env("CHANNEL", "demo");
  uint32_t uid = static_cast<uint32_t>(std::stoull(Env("UID", "1234")));
  std::string account = Env("USER_ACCOUNT", "alice");
  const uint32_t expire = 3600;  // seconds from now

  // 1. A string user account instead of a numeric uid. The client must join with the same string.
  std::string user_account = RtcTokenBuilder2::BuildTokenWithUserAccount(
      app_id, app_certificate, channel_name, account, UserRole::kRolePublisher, expire, expire);

  // 2. Audience: may join, may not publish (enforced once co-host authentication is enabled).
  std::string subscriber = RtcTokenBuilder2::BuildTokenWithUid(
      app_id, app_certificate, channel_name, uid, UserRole::kRoleSubscriber, expire, expire);

  // 3. Co-host authentication: publishing ends after 10 minutes, joining after an hour.
  // C++ has no separate name for this builder: it is the overload with five expiries.
  const uint32_t publish_for = 600;
  std::string co_host = RtcTokenBuilder2::BuildTokenWithUid(
      app_id, app_certificate, channel_name, uid, expire, expire, publish_for, publish_for, publish_for);

  // 4. Signaling (RTM) login for the same person, keyed by a string user id.
  std::string rtm = RtmTokenBuilder2::BuildToken(app_id, app_certificate, account, expire);

  // 5. Chat user token.
  std::string chat = ChatTokenBuilder2::BuildUserToken(app_id, app_certificate, account, expire);

  // Every builder returns "" for a malformed App ID or certificate.
  if (user_account.empty()) {
    std::cerr << "Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.\n";
    return 1;
  }
  std::cout << "user-account: " << user_account << "\n"
            << "subscriber: " << subscriber << "\n"
            << "co-host: " << co_host << "\n"
            << "rtm: " << rtm << "\n"
            << "chat-user: " << chat << "\n";
  return 0;
}
