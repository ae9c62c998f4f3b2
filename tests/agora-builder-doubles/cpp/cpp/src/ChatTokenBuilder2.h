// Test double of Agora's cpp/src/ChatTokenBuilder2.h entry points (see AccessToken2.h).
#pragma once

#include <memory>
#include <string>

#include "cpp/src/AccessToken2.h"

namespace agora {
namespace tools {

class ChatTokenBuilder2 {
 public:
  static std::string BuildUserToken(const std::string& app_id, const std::string& app_certificate,
                                    const std::string& user_id, uint32_t expire = 0) {
    testdouble::Service service{5, testdouble::Fields(user_id), {{1, expire}}};
    return testdouble::Build(app_id, app_certificate, expire, service);
  }

  static std::string BuildAppToken(const std::string& app_id, const std::string& app_certificate,
                                   uint32_t expire = 0) {
    testdouble::Service service{5, testdouble::Fields(""), {{2, expire}}};
    return testdouble::Build(app_id, app_certificate, expire, service);
  }
};

}  // namespace tools
}  // namespace agora
