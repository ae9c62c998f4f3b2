// A token endpoint with cpp-httplib, compatible with the reference server's
//   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
// Debian/Ubuntu: apt-get install libcpp-httplib-dev libssl-dev zlib1g-dev
//   g++ -std=c++17 -Ithird_party/agora server.cpp -lcpp-httplib -lcrypto -lz -pthread -o server
//   APP_ID=... APP_CERTIFICATE=... PORT=8080 ./server
#include <httplib.h>

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

static void Reply(httplib::Response& res, int status, const std::string& key, const std::string& value) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");  // tokens must never be cached
  // Error texts are fixed strings and tokens are base64: neither needs JSON escaping.
  res.set_content("{\"" + key + "\":\"" + value + "\"}", "application/json");
}

int main() {
  const std::regex hex32("[0-9a-fA-F]{32}");
  const std::string app_id = Env("APP_ID", ""), app_certificate = Env("APP_CERTIFICATE", "");
  if (!std::regex_match(app_id, hex32) || !std::regex_match(app_certificate, hex32)) {
    std::cerr << "Set APP_ID and APP_CERTIFICATE to the 32-hex-character values from Agora Console.\n";
    return 1;
  }

  httplib::Server server;
  // httplib decodes the path before matching; [^/]+ keeps each segment separate.
  server.Get(R"(/rtc/([^/]+)/([^/]+)/([^/]+)/([^/]+)/?)", [&](const httplib::Request& req, httplib::Response& res) {
    const std::string channel_name = req.matches[1], role = req.matches[2], token_type = req.matches[3],
                      user = req.matches[4];
    if (role != "publisher" && role != "subscriber") {
      return Reply(res, 400, "error", "role must be publisher or subscriber");
    }
    const std::string expiry = req.has_param("expiry") ? req.get_param_value("expiry") : "3600";
    if (!std::regex_match(expiry, std::regex("[0-9]{1,5}")) || std::stoul(expiry) < 1 || std::stoul(expiry) > 86400) {
      return Reply(res, 400, "error", "expiry must be whole seconds from 1 to 86400");
    }
    const uint32_t seconds = static_cast<uint32_t>(std::stoul(expiry));
    const UserRole user_role = role == "publisher" ? UserRole::kRolePublisher : UserRole::kRoleSubscriber;

    std::string token;
    if (token_type == "uid") {
      if (!std::regex_match(user, std::regex("[0-9]{1,10}")) || std::stoull(user) > UINT32_MAX) {
        return Reply(res, 400, "error", "uid must be a whole number from 0 to 4294967295");
      }
      token = RtcTokenBuilder2::BuildTokenWithUid(app_id, app_certificate, channel_name,
                                                  static_cast<uint32_t>(std::stoull(user)), user_role, seconds, seconds);
    } else if (token_type == "userAccount") {
      token = RtcTokenBuilder2::BuildTokenWithUserAccount(app_id, app_certificate, channel_name, user, user_role,
                                                          seconds, seconds);
    } else {
      return Reply(res, 400, "error", "tokenType must be uid or userAccount");
    }
    Reply(res, 200, "rtcToken", token);
  });

  const int port = std::stoi(Env("PORT", "8080"));
  std::cout << "Token server listening on http://localhost:" << port << std::endl;
  server.listen("0.0.0.0", port);
  return 0;
}
