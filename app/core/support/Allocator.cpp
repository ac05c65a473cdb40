#include "support/Allocator.h"

#include <QThread>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace news
{

void tuneAllocator()
{
#if defined(__GLIBC__)
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX")) { // the user's own setting wins
        // one per core, two to four: each more one holds some freed memory of its own
        mallopt(M_ARENA_MAX, std::clamp(QThread::idealThreadCount(), 2, 4));
    }
#endif
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace news
