// SLEEF, the vectorised math library PyTorch uses (Debian: libsleef-dev), wrapped in array
// kernels: Swift calls one function per tensor, never one per element.
//
// Why array kernels written here rather than SLEEF's vector functions called from Swift:
// SLEEF's 8-wide functions take and return __m256 in AVX registers, and Swift code is
// compiled for baseline x86-64 (no AVX), so it cannot pass those values by the right ABI.
// These functions carry `target("avx2,fma")` themselves, and are only called after
// `lesson_sleef_available()` said the CPU has AVX2 and FMA (SwiftPM has no per-file flags).
// On other CPUs and architectures the engine keeps its scalar loops.
#ifndef LESSON_CSLEEF_SHIM_H
#define LESSON_CSLEEF_SHIM_H

#if defined(__x86_64__)
#include <sleef.h>
#include <immintrin.h>
#include <cpuid.h>

// sleef.h declares its AVX2 functions only when the includer is compiled for AVX2; this
// header is not (Swift imports it for baseline x86-64), so it declares the ones it uses.
__attribute__((target("avx2,fma"))) __m256 Sleef_expf8_u10avx2(__m256);
__attribute__((target("avx2,fma"))) __m256 Sleef_logf8_u10avx2(__m256);
__attribute__((target("avx2,fma"))) __m256 Sleef_tanhf8_u10avx2(__m256);
__attribute__((target("avx2,fma"))) __m256 Sleef_expm1f8_u10avx2(__m256);
__attribute__((target("avx2,fma"))) __m256 Sleef_log1pf8_u10avx2(__m256);
__attribute__((target("avx2,fma"))) __m256d Sleef_logd4_u10avx2(__m256d);
__attribute__((target("avx2,fma"))) __m256d Sleef_sind4_u10avx2(__m256d);
__attribute__((target("avx2,fma"))) __m256d Sleef_cosd4_u10avx2(__m256d);

/// What the CPU and the OS offer to vector code: 2 for AVX-512 (F, DQ, BW, VL, with the zmm
/// state saved by the OS), 1 for AVX2 with FMA (the ymm state saved), 0 for less. The SLEEF
/// kernels here need 1; BLASCore.swift reads it to see whether OpenBLAS chose kernels below
/// the CPU.
static inline int lesson_cpu_vector_level(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int fma = (c >> 12) & 1, osxsave = (c >> 27) & 1, avx = (c >> 28) & 1;
    if (!(fma && osxsave && avx)) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 6) != 6 || __get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    if (!((b >> 5) & 1)) return 0;                        // AVX2
    int f = (b >> 16) & 1, dq = (b >> 17) & 1, bw = (b >> 30) & 1, vl = (b >> 31) & 1;
    int zmmState = (lo & 0xe0) == 0xe0;                   // opmask, upper ymm, upper zmm
    return (f && dq && bw && vl && zmmState) ? 2 : 1;
}

/// 1 when the CPU and the OS support AVX2 and FMA (the ymm state is saved by the OS).
static inline int lesson_sleef_available(void) { return lesson_cpu_vector_level() >= 1; }

/// Defines lesson_NAME(x, y, n): y[i] = f(x[i]) for i < n, where BODY maps the __m256 `v`
/// to `r`. The tail (n mod 8 elements) goes through the same vector code on a padded copy,
/// so every element gets the same rounding. x and y may be the same array.
#define LESSON_SLEEF_UNARY(NAME, BODY)                                                      \
    __attribute__((target("avx2,fma"))) static inline void lesson_##NAME(                   \
        const float *x, float *y, long n) {                                                 \
        long i = 0;                                                                         \
        for (; i + 8 <= n; i += 8) {                                                        \
            __m256 v = _mm256_loadu_ps(x + i), r;                                           \
            BODY;                                                                           \
            _mm256_storeu_ps(y + i, r);                                                     \
        }                                                                                   \
        if (i < n) {                                                                        \
            float bx[8] = {0, 0, 0, 0, 0, 0, 0, 0}, by[8];                                   \
            for (long j = 0; i + j < n; j++) bx[j] = x[i + j];                              \
            __m256 v = _mm256_loadu_ps(bx), r;                                              \
            BODY;                                                                           \
            _mm256_storeu_ps(by, r);                                                        \
            for (long j = 0; i + j < n; j++) y[i + j] = by[j];                              \
        }                                                                                   \
    }

#define LESSON_ABS(v) _mm256_andnot_ps(_mm256_set1_ps(-0.0f), (v))

/// The logistic function without overflow: e = exp(-|x|), then 1/(1+e) for x >= 0 and
/// e/(1+e) below (NaN falls to the second branch and stays NaN).
#define LESSON_SIGMOID(v, r)                                                                \
    {                                                                                       \
        __m256 e = Sleef_expf8_u10avx2(_mm256_sub_ps(_mm256_setzero_ps(), LESSON_ABS(v)));  \
        __m256 d = _mm256_add_ps(_mm256_set1_ps(1.0f), e);                                  \
        __m256 pos = _mm256_div_ps(_mm256_set1_ps(1.0f), d), neg = _mm256_div_ps(e, d);     \
        r = _mm256_blendv_ps(neg, pos, _mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_GE_OQ));  \
    }

LESSON_SLEEF_UNARY(sleef_exp, r = Sleef_expf8_u10avx2(v))
LESSON_SLEEF_UNARY(sleef_log, r = Sleef_logf8_u10avx2(v))
LESSON_SLEEF_UNARY(sleef_tanh, r = Sleef_tanhf8_u10avx2(v))
LESSON_SLEEF_UNARY(sleef_expm1, r = Sleef_expm1f8_u10avx2(v))
LESSON_SLEEF_UNARY(sleef_sigmoid, LESSON_SIGMOID(v, r))
/// log(1 + e^x) = max(x, 0) + log1p(e^-|x|); max(0, x) keeps a NaN x (maxps returns its
/// second operand when either is NaN).
LESSON_SLEEF_UNARY(sleef_softplus,
    r = _mm256_add_ps(_mm256_max_ps(_mm256_setzero_ps(), v),
                      Sleef_log1pf8_u10avx2(Sleef_expf8_u10avx2(_mm256_sub_ps(_mm256_setzero_ps(), LESSON_ABS(v))))))

/// gx[i] = g[i] * sigmoid(x[i]): softplus's backward in one pass.
__attribute__((target("avx2,fma"))) static inline void lesson_sleef_sigmoid_mul(
    const float *x, const float *g, float *gx, long n) {
    long i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 v = _mm256_loadu_ps(x + i), r;
        LESSON_SIGMOID(v, r);
        _mm256_storeu_ps(gx + i, _mm256_mul_ps(r, _mm256_loadu_ps(g + i)));
    }
    for (; i < n; i++) {
        float bx[8] = {x[i], 0, 0, 0, 0, 0, 0, 0}, by[8];
        __m256 v = _mm256_loadu_ps(bx), r;
        LESSON_SIGMOID(v, r);
        _mm256_storeu_ps(by, r);
        gx[i] = g[i] * by[0];
    }
}

/// Box-Muller on n pairs of uniforms (u1 in (0, 1], u2 in [0, 1)), in double precision as
/// the scalar `RandomGenerator.normal()`: r = sqrt(-2 log u1), zc = r cos(2 pi u2),
/// zs = r sin(2 pi u2). n must be a multiple of 4.
__attribute__((target("avx2,fma"))) static inline void lesson_sleef_box_muller(
    const double *u1, const double *u2, double *zc, double *zs, long n) {
    const __m256d twoPi = _mm256_set1_pd(2 * 3.14159265358979323846);
    for (long i = 0; i + 4 <= n; i += 4) {
        __m256d r = _mm256_sqrt_pd(_mm256_mul_pd(_mm256_set1_pd(-2.0), Sleef_logd4_u10avx2(_mm256_loadu_pd(u1 + i))));
        __m256d angle = _mm256_mul_pd(twoPi, _mm256_loadu_pd(u2 + i));
        _mm256_storeu_pd(zc + i, _mm256_mul_pd(r, Sleef_cosd4_u10avx2(angle)));
        _mm256_storeu_pd(zs + i, _mm256_mul_pd(r, Sleef_sind4_u10avx2(angle)));
    }
}

/// One batch row of the LSTM's forward step, H a multiple of 8: the gates activated in place
/// (σ for i, f and o, tanh for g), then c = f·c_prev + i·g, tc = tanh(c), h = o·tc, in one pass.
/// The same SLEEF functions and the same products and sums as the Swift loops it replaces.
__attribute__((target("avx2,fma"))) static inline void lesson_lstm_forward_row(
    float *row, const float *cPrev, float *c, float *tc, float *h, long H) {
    lesson_sleef_sigmoid(row, row, 2 * H);
    lesson_sleef_tanh(row + 2 * H, row + 2 * H, H);
    lesson_sleef_sigmoid(row + 3 * H, row + 3 * H, H);
    for (long j = 0; j + 8 <= H; j += 8) {
        __m256 cj = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(row + H + j), _mm256_loadu_ps(cPrev + j)),
                                  _mm256_mul_ps(_mm256_loadu_ps(row + j), _mm256_loadu_ps(row + 2 * H + j)));
        __m256 t = Sleef_tanhf8_u10avx2(cj);
        _mm256_storeu_ps(c + j, cj);
        _mm256_storeu_ps(tc + j, t);
        _mm256_storeu_ps(h + j, _mm256_mul_ps(_mm256_loadu_ps(row + 3 * H + j), t));
    }
}

/// One batch row of the LSTM's backward step, eight lanes at a time (the Swift loop it
/// replaces ran scalar: seven arrays, too many for the compiler's overlap checks). `row` holds
/// the activated gates i, f, g, o (4·H), `tc` tanh(c_t), `cPrev` c_{t-1}, `dh` the gradient of
/// h_t; `dc` (c_t's gradient) becomes c_{t-1}'s; `drow` gets the gates' pre-activation
/// gradients. The same multiplications and additions in the same order as the scalar code
/// (no fused multiply-add, which would round differently), so the same floats.
__attribute__((target("avx2,fma"))) static inline void lesson_lstm_backward_row(
    const float *row, const float *cPrev, const float *tc, const float *dh, float *dc, float *drow, long H) {
    const __m256 one = _mm256_set1_ps(1.0f);
    long j = 0;
    for (; j + 8 <= H; j += 8) {
        __m256 i = _mm256_loadu_ps(row + j), f = _mm256_loadu_ps(row + H + j);
        __m256 g = _mm256_loadu_ps(row + 2 * H + j), o = _mm256_loadu_ps(row + 3 * H + j);
        __m256 th = _mm256_loadu_ps(tc + j), dhj = _mm256_loadu_ps(dh + j);
        __m256 dcj = _mm256_add_ps(_mm256_loadu_ps(dc + j),
                                   _mm256_mul_ps(_mm256_mul_ps(dhj, o), _mm256_sub_ps(one, _mm256_mul_ps(th, th))));
        _mm256_storeu_ps(drow + j, _mm256_mul_ps(_mm256_mul_ps(_mm256_mul_ps(dcj, g), i), _mm256_sub_ps(one, i)));
        _mm256_storeu_ps(drow + H + j,
                         _mm256_mul_ps(_mm256_mul_ps(_mm256_mul_ps(dcj, _mm256_loadu_ps(cPrev + j)), f), _mm256_sub_ps(one, f)));
        _mm256_storeu_ps(drow + 2 * H + j, _mm256_mul_ps(_mm256_mul_ps(dcj, i), _mm256_sub_ps(one, _mm256_mul_ps(g, g))));
        _mm256_storeu_ps(drow + 3 * H + j, _mm256_mul_ps(_mm256_mul_ps(_mm256_mul_ps(dhj, th), o), _mm256_sub_ps(one, o)));
        _mm256_storeu_ps(dc + j, _mm256_mul_ps(dcj, f));
    }
    {
#pragma clang fp contract(off)
    for (; j < H; j++) {
        float i = row[j], f = row[H + j], g = row[2 * H + j], o = row[3 * H + j], th = tc[j], dhj = dh[j];
        float dcj = dc[j] + dhj * o * (1 - th * th);
        drow[j] = dcj * g * i * (1 - i);
        drow[H + j] = dcj * cPrev[j] * f * (1 - f);
        drow[2 * H + j] = dcj * i * (1 - g * g);
        drow[3 * H + j] = dhj * th * o * (1 - o);
        dc[j] = dcj * f;
    }
    }
}

#else
static inline int lesson_cpu_vector_level(void) { return 0; }
static inline int lesson_sleef_available(void) { return 0; }
#endif

#endif
