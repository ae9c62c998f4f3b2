// Test double of Agora's cpp/src/RtcTokenBuilder2.h entry points (see AccessToken2.h).
#pragma once

#include <memory>
#include <string>

#include "cpp/src/AccessToken2.h"

namespace agora {
namespace tools {

enum class UserRole {
  kRolePublisher = 1,
  kRoleSubscriber = 2,
};

class RtcTokenBuilder2 {
 public:
  static std::string BuildTokenWithUid(const std::string& app_id, const std::string& app_certificate,
                                       const std::string& channel_name, uint32_t uid, UserRole role,
                                       uint32_t token_expire, uint32_t privilege_expire = 0) {
    return BuildTokenWithUserAccount(app_id, app_certificate, channel_name, UidText(uid), role, token_expire,
                                     privilege_expire);
  }

  static std::string BuildTokenWithUserAccount(const std::string& app_id, const std::string& app_certificate,
                                               const std::string& channel_name, const std::string& user_account,
                                               UserRole role, uint32_t token_expire, uint32_t privilege_expire = 0) {
    testdouble::Service service{1, testdouble::Fields(channel_name, user_account), {{1, privilege_expire}}};
    if (role == UserRole::kRolePublisher) {
      service.privileges[2] = service.privileges[3] = service.privileges[4] = privilege_expire;
    }
    return testdouble::Build(app_id, app_certificate, token_expire, service);
  }

  static std::string BuildTokenWithUid(const std::string& app_id, const std::string& app_certificate,
                                       const std::string& channel_name, uint32_t uid, uint32_t token_expire,
                                       uint32_t join_channel_privilege_expire = 0,
                                       uint32_t pub_audio_privilege_expire = 0,
                                       uint32_t pub_video_privilege_expire = 0,
                                       uint32_t pub_data_stream_privilege_expire = 0) {
    return BuildTokenWithUserAccount(app_id, app_certificate, channel_name, UidText(uid), token_expire,
                                     join_channel_privilege_expire, pub_audio_privilege_expire,
                                     pub_video_privilege_expire, pub_data_stream_privilege_expire);
  }

  static std::string BuildTokenWithUserAccount(const std::string& app_id, const std::string& app_certificate,
                                               const std::string& channel_name, const std::string& user_account,
                                               uint32_t token_expire, uint32_t join_channel_privilege_expire = 0,
                                               uint32_t pub_audio_privilege_expire = 0,
                                               uint32_t pub_video_privilege_expire = 0,
                                               uint32_t pub_data_stream_privilege_expire = 0) {
    testdouble::Service service{1, testdouble::Fields(channel_name, user_account),
                                {{1, join_channel_privilege_expire},
                                 {2, pub_audio_privilege_expire},
                                 {3, pub_video_privilege_expire},
                                 {4, pub_data_stream_privilege_expire}}};
    return testdouble::Build(app_id, app_certificate, token_expire, service);
  }

 private:
  // uid 0 ("any uid") is written as the empty string.
  static std::string UidText(uint32_t uid) { return uid == 0 ? std::string() : std::to_string(uid); }
};

}  // namespace tools
}  // namespace agora
