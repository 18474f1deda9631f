#include "CAccelerated.h"

#if defined(__x86_64__)
#include <immintrin.h>

enum { modulus = 65521 };
/// Chunks of 16 bytes between reductions: few enough that no 32-bit lane sum below
/// can overflow (each stays under 2^29).
enum { chunks_per_block = 346 };

// Over a chunk of 16 bytes b0..b15, s1 gains their sum and s2 gains 16·s1 (s1 as it
// was before the chunk) plus 16·b0 + 15·b1 + … + 1·b15. Per block of chunks the
// vectors keep: the chunks' byte sums (psadbw), the sum of those sums before each
// chunk (for the 16·s1 terms) and the weighted sums (pmaddubsw, then pmaddwd).
__attribute__((target("ssse3")))
uint32_t unplugged_adler32(uint32_t adler, const uint8_t *data, size_t length) {
    uint64_t s1 = adler & 0xffff, s2 = adler >> 16;
    const __m128i weights = _mm_setr_epi8(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    const __m128i ones = _mm_set1_epi16(1), zero = _mm_setzero_si128();
    while (length >= 16) {
        size_t chunks = length / 16 < chunks_per_block ? length / 16 : chunks_per_block;
        __m128i sums = zero, earlier = zero, weighted = zero;
        for (size_t chunk = 0; chunk < chunks; chunk++) {
            __m128i bytes = _mm_loadu_si128((const __m128i *)(data + 16 * chunk));
            earlier = _mm_add_epi32(earlier, sums);
            sums = _mm_add_epi32(sums, _mm_sad_epu8(bytes, zero));
            weighted = _mm_add_epi32(weighted, _mm_madd_epi16(_mm_maddubs_epi16(bytes, weights), ones));
        }
        uint32_t lanes[4];
        _mm_storeu_si128((__m128i *)lanes, sums);
        uint64_t sum = (uint64_t)lanes[0] + lanes[2];
        _mm_storeu_si128((__m128i *)lanes, earlier);
        uint64_t earlier_sum = (uint64_t)lanes[0] + lanes[2];
        _mm_storeu_si128((__m128i *)lanes, weighted);
        uint64_t weighted_sum = (uint64_t)lanes[0] + lanes[1] + lanes[2] + lanes[3];
        s2 = (s2 + 16 * chunks * s1 + 16 * earlier_sum + weighted_sum) % modulus;
        s1 = (s1 + sum) % modulus;
        data += 16 * chunks;
        length -= 16 * chunks;
    }
    for (; length > 0; length--, data++) {
        s1 += *data;
        s2 += s1;
    }
    return (uint32_t)((s2 % modulus) << 16 | (s1 % modulus));
}

#else

uint32_t unplugged_adler32(uint32_t adler, const uint8_t *data, size_t length) {
    (void)data; (void)length;
    return adler;
}

#endif
