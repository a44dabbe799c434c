// Result<T>: a value or an Error, shaped like C++23 std::expected<T, Error> (has_value, value,
// error, operator*, operator->) so that the switch to std::expected is mechanical.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "base/error.hpp"

namespace gongkai {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool has_value() const { return state_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    assert(has_value());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(state_));
  }
  const Error& error() const {
    assert(!has_value());
    return std::get<1>(state_);
  }
  template <typename U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace gongkai

// GONGKAI_ASSIGN_OR_RETURN(Date due, calendar.AddWorkingDays(start, 20));
// Evaluates a Result expression; on error returns the error from the enclosing function, else
// declares `lhs` from the value.
#define GONGKAI_CONCAT_INNER(a, b) a##b
#define GONGKAI_CONCAT(a, b) GONGKAI_CONCAT_INNER(a, b)
// `lhs` may be a declaration ("Date due"), so it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define GONGKAI_ASSIGN_OR_RETURN(lhs, expr)                   \
  auto GONGKAI_CONCAT(gongkai_result_, __LINE__) = (expr);    \
  if (!GONGKAI_CONCAT(gongkai_result_, __LINE__)) {           \
    return GONGKAI_CONCAT(gongkai_result_, __LINE__).error(); \
  }                                                           \
  lhs = std::move(*GONGKAI_CONCAT(gongkai_result_, __LINE__))
// NOLINTEND(bugprone-macro-parentheses)

// GONGKAI_RETURN_IF_ERROR(store.Batch(work));
// Evaluates a Result<void> expression; on error returns the error from the enclosing function.
#define GONGKAI_RETURN_IF_ERROR(expr)                           \
  do {                                                          \
    auto GONGKAI_CONCAT(gongkai_status_, __LINE__) = (expr);    \
    if (!GONGKAI_CONCAT(gongkai_status_, __LINE__)) {           \
      return GONGKAI_CONCAT(gongkai_status_, __LINE__).error(); \
    }                                                           \
  } while (false)
