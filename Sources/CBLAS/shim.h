// OpenBLAS's C interface (Debian: libopenblas-dev).
#include <cblas.h>
// OpenBLAS extension: lessons multiply small matrices, where its threads cost more than they give.
void openblas_set_num_threads(int num_threads);
// OpenBLAS extension: the name of the kernel set it chose for this CPU ("Haswell", "SkylakeX"...).
char *openblas_get_corename(void);

#if defined(__x86_64__)
#include <cpuid.h>

/// What the CPU and the OS offer to a matrix kernel: 2 for AVX-512 (F, DQ, BW, VL, with the
/// zmm state saved by the OS), 1 for AVX2 with FMA, 0 for less. BLASCore.swift uses it to see
/// whether OpenBLAS chose a kernel set below the CPU (a CPU newer than the OpenBLAS build).
static inline int lesson_blas_vector_level(void) {
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
#else
static inline int lesson_blas_vector_level(void) { return 0; }
#endif
