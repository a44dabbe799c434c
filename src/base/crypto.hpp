// Cryptographic primitives (libsodium): hashes for the audit chain and session tokens, random
// tokens, and password hashing with Argon2id.
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace gongkai {

// Lower-case hex SHA-256 of `data` (64 characters).
std::string Sha256Hex(std::string_view data);

// `bytes` random bytes from the operating system's CSPRNG, as lower-case hex.
std::string RandomHex(std::size_t bytes);

// Constant-time comparison of two strings of the same length (false when lengths differ).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Password hashing with Argon2id (libsodium crypto_pwhash_str_alg): the result is the standard
// "$argon2id$v=19$m=…,t=…,p=1$salt$hash" string, salt included.
struct PasswordHashCost {
  unsigned long long operations;
  std::size_t memory_bytes;
};
// libsodium's "interactive" limits: 2 passes over 64 MiB (≈ 50–100 ms on one core).
PasswordHashCost DefaultPasswordHashCost();

// Fails with kInvalidArgument for a password shorter than kMinPasswordChars characters or longer
// than kMaxPasswordBytes bytes, and with kInternal when memory cannot be allocated.
inline constexpr std::size_t kMinPasswordChars = 8;
inline constexpr std::size_t kMaxPasswordBytes = 256;
Result<std::string> HashPassword(std::string_view password,
                                 PasswordHashCost cost = DefaultPasswordHashCost());
// True when `password` matches `stored` (an Argon2id string from HashPassword).
bool VerifyPassword(std::string_view stored, std::string_view password);

}  // namespace gongkai
