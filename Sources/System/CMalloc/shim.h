// glibc's allocator tuning (mallopt), which Swift's Glibc module leaves out: the
// command keeps large drawing buffers in the heap between frames (see Unplugged.swift).
#include <malloc.h>
