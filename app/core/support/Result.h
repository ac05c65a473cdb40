#pragma once

#include <QString>

#include <variant>

namespace news
{

/// Expected failures are values (STYLE.md §4). `detail` is technical English for logs; the GUI maps `code`
/// to a translated message.
enum class ErrorCode
{
    Network,
    HttpStatus,
    NotAFeed,
    Malformed,
    TooLarge,
    Storage,
    Cancelled,
};

struct Error
{
    ErrorCode code = ErrorCode::Malformed;
    QString detail;
    int httpStatus = 0;
};

template <typename T>
using Result = std::variant<T, Error>;

} // namespace news
