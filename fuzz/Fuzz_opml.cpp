// The OPML reader on arbitrary bytes.
#include "sources/Opml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)news::parseOpml(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
