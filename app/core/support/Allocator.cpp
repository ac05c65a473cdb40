#include "support/Allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace news
{

void tuneAllocator()
{
#if defined(__GLIBC__)
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX")) { // the user's own setting wins
        mallopt(M_ARENA_MAX, 1);
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
