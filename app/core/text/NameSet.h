#pragma once

#include <QStringView>

#include <cstring>
#include <initializer_list>
#include <utility>
#include <vector>

namespace news
{

/// A fixed set of short ASCII names (HTML tag and attribute names), looked up without hashing. The sanitizer and the
/// credit extractor ask several such sets about every tag of every body; as QSet<QString> the string hashing alone
/// took a tenth of a cold refresh's CPU (perf, 200 feeds × 50 items, #12). Names are bucketed by length and
/// compared character by character, most rejected at the first.
class NameSet
{
public:
    NameSet(std::initializer_list<const char*> names)
    {
        for (const char* name : names) {
            const size_t length = std::strlen(name);
            if (length >= m_byLength.size()) {
                m_byLength.resize(length + 1);
            }
            m_byLength[length].push_back(name);
        }
    }

    bool contains(QStringView name) const
    {
        const auto n = size_t(name.size());
        if (n == 0 || n >= m_byLength.size()) {
            return false;
        }
        const char16_t* p = name.utf16();
        for (const char* candidate : m_byLength[n]) {
            size_t i = 0;
            while (i < n && p[i] == char16_t(static_cast<unsigned char>(candidate[i]))) {
                ++i;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

private:
    std::vector<std::vector<const char*>> m_byLength;
};

/// A NameSet with a value for each name.
template <typename T>
class NameMap
{
public:
    NameMap(std::initializer_list<std::pair<const char*, T>> entries)
    {
        for (const auto& [name, value] : entries) {
            const size_t length = std::strlen(name);
            if (length >= m_byLength.size()) {
                m_byLength.resize(length + 1);
            }
            m_byLength[length].push_back({name, value});
        }
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

} // namespace news
