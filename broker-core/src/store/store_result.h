#pragma once

#include "store/store_error.h"

#include <utility>
#include <variant>

namespace warren::store {

// A value or the reason there is none. The store's API never throws: every failure is a value
// the caller has to look at.
template <typename T> class StoreResult {
public:
    StoreResult(T value) // NOLINT(google-explicit-constructor): results read like values
        : m_state(std::move(value)) {}
    StoreResult(StoreError error) // NOLINT(google-explicit-constructor)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const StoreError& error() const { return std::get<StoreError>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};

} // namespace warren::store
