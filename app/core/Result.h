#pragma once
// Errors a user can cause are values: a Result carries either a value or a message the user can act on,
// and, when a form field is at fault, that field's name.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fb {

struct Error
{
    QString message; // what went wrong and how to fix it, in the user's words
    QString field;   // the form field / payload field at fault, if any ("gstin", "quantity")
    QString code;    // a stable machine code for tests and scripts ("gstin.check_char"), optional
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value is the common path
        : m_data(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    const T &operator*() const { return std::get<T>(m_data); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

struct Ok
{
};

using Status = Result<Ok>;

// The outcome of a Result whose value the caller does not need.
template <typename T> Status statusOf(const Result<T> &result)
{
    if (!result.ok())
        return result.error();
    return Ok{};
}

inline Error makeError(QString message, QString field = {}, QString code = {})
{
    return Error{std::move(message), std::move(field), std::move(code)};
}

} // namespace fb
