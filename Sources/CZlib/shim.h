// zlib, for the CRC-32 every PNG chunk ends with (and, in tests, to inflate our image
// data as a strict decoder would). The compression itself is our own: see PNGEncoder.
#include <zlib.h>
