// OpenBLAS's C interface (Debian: libopenblas-dev).
#include <cblas.h>
// OpenBLAS extension: lessons multiply small matrices, where its threads cost more than they give.
void openblas_set_num_threads(int num_threads);
// OpenBLAS extension: the name of the kernel set it chose for this CPU ("Haswell", "SkylakeX"...).
char *openblas_get_corename(void);

