#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

/// UTF-8 bytes without C0 controls (but tab and newline), DEL and C1 controls (C2 80–C2 9F): whatever a feed
/// says, sosik-cli never prints a terminal escape (clear-screen, OSC 52 clipboard writes, #17).
inline QByteArray terminalSafe(const QByteArray& bytes)
{
    auto stripped = [&bytes](qsizetype i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            return 1;
        }
        if (c == 0xC2 && i + 1 < bytes.size()) {
            const auto next = static_cast<unsigned char>(bytes[i + 1]);
            return next >= 0x80 && next <= 0x9F ? 2 : 0;
        }
        return 0;
    };
    qsizetype i = 0;
    while (i < bytes.size() && stripped(i) == 0) {
        ++i;
    }
    if (i == bytes.size()) {
        return bytes;
    }
    QByteArray out = bytes.left(i);
    while (i < bytes.size()) {
        const int skip = stripped(i);
        if (skip > 0) {
            i += skip;
        } else {
            out += bytes[i++];
        }
    }
    return out;
}

/// Writes for sosik-cli: UTF-8 to stdout (flushed) and one line to stderr, both terminal-safe.
inline void writeOut(const QByteArray& bytes)
{
    const QByteArray safe = terminalSafe(bytes);
    std::fwrite(safe.constData(), 1, size_t(safe.size()), stdout);
    std::fflush(stdout);
}

inline void writeErr(const QString& text)
{
    const QByteArray bytes = terminalSafe(text.toUtf8()) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}
