// Test double for Agora's C++ token builder (folder cpp/src of AgoraIO/Tools): little-endian
// packing of the token's fields. Same file name and includes as Agora's Packer.h.
#pragma once

#include <cstdlib>
#include <cstdint>
#include <string>
#include <cstring>
#include <map>
#include <unordered_map>
#include <vector>
#include <set>
#include <stdexcept>

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

}  // namespace testdouble
}  // namespace tools
}  // namespace agora
