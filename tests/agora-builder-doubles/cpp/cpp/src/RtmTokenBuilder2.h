// Test double of Agora's cpp/src/RtmTokenBuilder2.h entry point (see AccessToken2.h).
#pragma once

#include <memory>
#include <string>

#include "cpp/src/AccessToken2.h"

namespace agora {
namespace tools {

class RtmTokenBuilder2 {
 public:
  static std::string BuildToken(const std::string& app_id, const std::string& app_certificate,
                                const std::string& user_id, uint32_t expire = 0) {
    testdouble::Service service{2, testdouble::Fields(user_id), {{1, expire}}};
    return testdouble::Build(app_id, app_certificate, expire, service);
  }
};

}  // namespace tools
}  // namespace agora
