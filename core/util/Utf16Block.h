#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mixdesk {

// Eight UTF-16 code units tested at once, with SSE2 (which every x86-64 CPU has), for
// the scans that look at every character of a notice: one by one, each of them cost
// 20-40 instructions a character. Elsewhere the same tests run unit by unit.
class Utf16Block
{
public:
    static constexpr int kSize = 8;

    // Reads kSize units at `units`.
    explicit Utf16Block(const char16_t* units)
#if defined(__SSE2__)
        : m_v(_mm_loadu_si128(reinterpret_cast<const __m128i*>(units)))
#else
        : m_units(units)
#endif
    {}

    // Bit k is set when unit k lies in [low, high].
    unsigned inRange(char16_t low, char16_t high) const
    {
#if defined(__SSE2__)
        // v - low <= high - low, unsigned: the saturating difference is zero.
        const __m128i shifted = _mm_sub_epi16(m_v, _mm_set1_epi16(short(low)));
        const __m128i over = _mm_subs_epu16(shifted, _mm_set1_epi16(short(high - low)));
        const __m128i inside = _mm_cmpeq_epi16(over, _mm_setzero_si128());
        return unsigned(_mm_movemask_epi8(_mm_packs_epi16(inside, _mm_setzero_si128())));
#else
        unsigned bits = 0;
        for (int k = 0; k < kSize; ++k)
            bits |= unsigned(m_units[k] >= low && m_units[k] <= high) << k;
        return bits;
#endif
    }

    // The units, ASCII capitals lower-cased, stored at `out` (room for kSize units).
    void storeAsciiLowered(char16_t* out) const
    {
#if defined(__SSE2__)
        const __m128i shifted = _mm_sub_epi16(m_v, _mm_set1_epi16('A'));
        const __m128i over = _mm_subs_epu16(shifted, _mm_set1_epi16('Z' - 'A'));
        const __m128i capital = _mm_cmpeq_epi16(over, _mm_setzero_si128());
        const __m128i lowered = _mm_add_epi16(m_v, _mm_and_si128(capital, _mm_set1_epi16(32)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lowered);
#else
        for (int k = 0; k < kSize; ++k) {
            const char16_t c = m_units[k];
            out[k] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
#endif
    }

private:
#if defined(__SSE2__)
    __m128i m_v;
#else
    const char16_t* m_units;
#endif
};

} // namespace mixdesk
