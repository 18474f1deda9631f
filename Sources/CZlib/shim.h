// zlib, for the checksums a PNG file carries: CRC-32 of every chunk and Adler-32 of
// the compressed image data. The compression itself is our own (see PNGEncoder).
#include <zlib.h>
