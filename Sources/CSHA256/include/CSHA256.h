// SHA-256 compression with the processor's SHA instructions (Intel SHA extensions),
// where it has them: about ten times the speed of portable code. UnpluggedBuild's
// SHA256 uses these when unplugged_sha256_hardware() says so, else its own Swift.
#ifndef UNPLUGGED_CSHA256_H
#define UNPLUGGED_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions (and the SSE levels they come
/// with), else 0; always 0 on processors other than x86-64.
int unplugged_sha256_hardware(void);

/// Mixes `blocks` 64-byte blocks from `data` into `state` (a, b, …, h), as
/// FIPS 180-4's compression function does. Only when unplugged_sha256_hardware().
void unplugged_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
