// libdeflate, for the Adler-32 and CRC-32 checksums of PNG files, summed with the
// vector instructions the processor has (see Checksum in UnpluggedPNG). Its
// compressor is not used: the encoder's own is faster on figures at the same size.
#include <libdeflate.h>
