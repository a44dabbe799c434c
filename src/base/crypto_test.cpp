#include "base/crypto.hpp"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

// A cheap cost keeps the tests fast; the production default is checked once below.
constexpr PasswordHashCost kTestCost{1, 8 * 1024 * 1024};

TEST(Crypto, Sha256KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, RandomHexHasTheLengthAndDiffers) {
  std::string a = RandomHex(32);
  std::string b = RandomHex(32);
  EXPECT_EQ(a.size(), 64u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Crypto, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
}

TEST(Crypto, PasswordRoundTripWithArgon2id) {
  Result<std::string> hashed = HashPassword("正确的密码123", kTestCost);
  ASSERT_TRUE(hashed) << hashed.error().message;
  EXPECT_TRUE(hashed->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(*hashed, "正确的密码123"));
  EXPECT_FALSE(VerifyPassword(*hashed, "正确的密码124"));
  EXPECT_FALSE(VerifyPassword("not a hash", "正确的密码123"));
  // The salt differs each time.
  EXPECT_NE(*hashed, *HashPassword("正确的密码123", kTestCost));
}

TEST(Crypto, DefaultCostIsArgon2idInteractive) {
  Result<std::string> hashed = HashPassword("a-long-enough-password");
  ASSERT_TRUE(hashed);
  EXPECT_NE(hashed->find("$argon2id$v=19$m=65536,t=2,p=1$"), std::string::npos) << *hashed;
}

TEST(Crypto, PasswordPolicy) {
  Result<std::string> short_one = HashPassword("七个字符的密码", kTestCost);
  ASSERT_FALSE(short_one);
  EXPECT_EQ(short_one.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(short_one.error().message.find("password"), std::string::npos);
  EXPECT_TRUE(HashPassword("八个字符的好密码", kTestCost));
  EXPECT_FALSE(HashPassword(std::string(300, 'x'), kTestCost));
}

}  // namespace
}  // namespace gongkai
