#include "base/crypto.hpp"

#include <sodium.h>

#include <mutex>
#include <vector>

#include "base/text.hpp"

namespace gongkai {
namespace {

// sodium_init is thread-safe and idempotent; call it before any other libsodium function.
void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no entropy source: nothing here can be safe
  });
}

std::string ToHex(const unsigned char* data, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), data, size);
  hex.pop_back();
  return hex;
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return ToHex(digest, sizeof digest);
}

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> buffer(bytes);
  randombytes_buf(buffer.data(), buffer.size());
  return ToHex(buffer.data(), buffer.size());
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  EnsureSodium();
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

PasswordHashCost DefaultPasswordHashCost() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Result<std::string> HashPassword(std::string_view password, PasswordHashCost cost) {
  EnsureSodium();
  if (text::DecodeUtf8(password).size() < kMinPasswordChars) {
    return Error::InvalidArgument("password：密码至少 " + std::to_string(kMinPasswordChars) +
                                  " 个字符");
  }
  if (password.size() > kMaxPasswordBytes) {
    return Error::InvalidArgument("password：密码过长（最多 " + std::to_string(kMaxPasswordBytes) +
                                  " 字节）");
  }
  char hashed[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hashed, password.data(), password.size(), cost.operations,
                            cost.memory_bytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::Internal("密码哈希计算失败（内存不足）");
  }
  return std::string(hashed);
}

bool VerifyPassword(std::string_view stored, std::string_view password) {
  EnsureSodium();
  if (stored.size() >= crypto_pwhash_STRBYTES || password.size() > kMaxPasswordBytes) return false;
  std::string terminated(stored);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

}  // namespace gongkai
