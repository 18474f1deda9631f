#include "CPNGRows.h"

#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>

// Four pixels at a time: one shuffle puts the red, green and blue bytes of each
// (blue first in memory, as Cairo keeps them) in PNG's order and drops the fourth.
__attribute__((target("ssse3")))
void unplugged_rgb_row(const uint32_t *pixels, size_t width, uint8_t *out) {
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    size_t x = 0;
    for (; x + 4 <= width; x += 4, out += 12) {
        __m128i rgb = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(pixels + x)), order);
        _mm_storel_epi64((__m128i *)out, rgb);
        uint32_t last = (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(rgb, 8));
        memcpy(out + 8, &last, 4);
    }
    for (; x < width; x++, out += 3) {
        uint32_t pixel = pixels[x];
        out[0] = (uint8_t)(pixel >> 16);
        out[1] = (uint8_t)(pixel >> 8);
        out[2] = (uint8_t)pixel;
    }
}

#else

void unplugged_rgb_row(const uint32_t *pixels, size_t width, uint8_t *out) {
    (void)pixels; (void)width; (void)out;
}

#endif
