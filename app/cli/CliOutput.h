#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

/// Writes for sosik-cli: UTF-8 to stdout (flushed) and one line to stderr.
inline void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

inline void writeErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}
