#pragma once

#include <QByteArray>

/// The bytes of a PNG signature and IHDR chunk for a `width` x `height` image, then `extraBytes` of `fill`: enough
/// for the media store to read the type and size, no pixels to decode.
inline QByteArray fakePng(int width, int height, int extraBytes, char fill)
{
    QByteArray b("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    for (const int v : {width, height}) {
        b.append(char((v >> 24) & 0xFF))
            .append(char((v >> 16) & 0xFF))
            .append(char((v >> 8) & 0xFF))
            .append(char(v & 0xFF));
    }
    b.append(QByteArray("\x08\x02\x00\x00\x00", 5));
    b.append(QByteArray(extraBytes, fill));
    return b;
}
