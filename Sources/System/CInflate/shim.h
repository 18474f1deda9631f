// zlib, for the tests: they inflate our PNGs' image data and check every chunk's
// CRC-32 with it, as a strict decoder would. The encoder's own checksums come from
// libdeflate (see Checksum in UnpluggedPNG), and its compression is its own.
#include <zlib.h>
