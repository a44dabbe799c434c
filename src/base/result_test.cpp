#include "base/result.hpp"

#include <gtest/gtest.h>

#include <string>

namespace gongkai {
namespace {

Result<int> Half(int value) {
  if (value % 2 != 0) return Error::InvalidArgument("odd: " + std::to_string(value));
  return value / 2;
}

TEST(ResultTest, CarriesAValue) {
  Result<int> half = Half(8);
  ASSERT_TRUE(half.has_value());
  EXPECT_EQ(*half, 4);
}

TEST(ResultTest, CarriesAnError) {
  Result<int> half = Half(3);
  ASSERT_FALSE(half);
  EXPECT_EQ(half.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(half.error().message, "odd: 3");
}

TEST(ResultTest, VoidResultIsOkByDefault) {
  Result<void> ok;
  EXPECT_TRUE(ok);
  Result<void> failed = Error::NotFound("x");
  EXPECT_FALSE(failed);
  EXPECT_EQ(ToString(failed.error().code), "not_found");
}

}  // namespace
}  // namespace gongkai
