#pragma once

#include <QStringView>

#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

namespace news
{

/// A fixed map from short ASCII names (HTML tag and attribute names) to values, looked up without hashing. The
/// sanitizer and the credit extractor ask several such tables about every tag of every body; as QSet<QString> the
/// string hashing alone took a tenth of a cold refresh's CPU (perf, 200 feeds × 50 items, #12). Names are bucketed by
/// length and compared character by character, most rejected at the first.
template <typename T>
class NameMap
{
public:
    NameMap() = default;
    NameMap(std::initializer_list<std::pair<const char*, T>> entries)
    {
        for (const auto& [name, value] : entries) {
            add(name, value);
        }
    }

    void add(const char* name, T value)
    {
        const size_t length = std::strlen(name);
        if (length >= m_byLength.size()) {
            m_byLength.resize(length + 1);
        }
        m_byLength[length].push_back({name, value});
    }

    /// The value of `name`, or `fallback`.
    T value(QStringView name, T fallback = T()) const
    {
        const auto n = size_t(name.size());
        if (n == 0 || n >= m_byLength.size()) {
            return fallback;
        }
        const char16_t* p = name.utf16();
        for (const auto& [candidate, value] : m_byLength[n]) {
            size_t i = 0;
            while (i < n && p[i] == char16_t(static_cast<unsigned char>(candidate[i]))) {
                ++i;
            }
            if (i == n) {
                return value;
            }
        }
        return fallback;
    }

private:
    std::vector<std::vector<std::pair<const char*, T>>> m_byLength;
};

/// The names alone: a NameMap whose every name maps to true.
class NameSet
{
public:
    NameSet(std::initializer_list<const char*> names)
    {
        for (const char* name : names) {
            m_names.add(name, true);
        }
    }

    bool contains(QStringView name) const { return m_names.value(name, false); }

private:
    NameMap<bool> m_names;
};

} // namespace news
