/*
 * OpenCV's linear algebra, served by numpy's OpenBLAS (Linux bundle only).
 *
 * opencv-python-headless links its own 37 MiB OpenBLAS, for 19 BLAS and LAPACK
 * routines behind cv::solve, cv::invert, cv::SVD, cv::gemm and friends. numpy
 * ships another OpenBLAS. scripts/opencv_blas.py builds this file into a small
 * library under the name cv2 asks for, and it forwards each call to numpy's
 * copy, whose symbols carry a prefix and suffix (scipy_..._64_) and whose
 * integers are 64-bit (ILP64). Integer arguments are widened; pivot arrays
 * are copied back; work arrays of integers are allocated at the wider size.
 *
 * The app itself only decodes video with OpenCV. tests/packaging/
 * test_opencv_blas.py runs every routine through this file and compares the
 * results with numpy's, and the frozen self-test solves a system with cv2.
 *
 * Build: gcc -shared -fPIC -DTARGET_PREFIX=scipy_ -DTARGET_SUFFIX=64_ ...
 * Fortran routines take the length of each character argument as hidden
 * trailing arguments (gfortran's ABI): they are passed as 1.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#if !defined(TARGET_PREFIX) || !defined(TARGET_SUFFIX)
#error "define TARGET_PREFIX and TARGET_SUFFIX, the affixes of numpy's OpenBLAS symbols"
#endif

#ifdef SHIM_TRACE /* tests only: name every forwarded call on stderr */
#include <stdio.h>
#define TRACE() fprintf(stderr, "opencv-blas-shim: %s\n", __func__)
#else
#define TRACE() ((void)0)
#endif

#define PASTE3_(a, b, c) a##b##c
#define PASTE3(a, b, c) PASTE3_(a, b, c)
#define TARGET(name) PASTE3(TARGET_PREFIX, name, TARGET_SUFFIX)
#define EXPORT __attribute__((visibility("default")))

typedef int64_t wide; /* numpy's OpenBLAS integer */
typedef size_t flen;  /* a hidden Fortran character length */

/* Integer scratch arrays (pivots, LAPACK's iwork) at 64 bits. A failed
 * allocation is reported as LAPACK's "illegal argument", which OpenCV treats
 * as a failed decomposition. */
static wide *wide_array(wide count) {
    return malloc(sizeof(wide) * (size_t)(count > 0 ? count : 1));
}

static void narrow_into(int *out, const wide *in, wide count) {
    for (wide i = 0; i < count; ++i)
        out[i] = (int)in[i];
}

static wide smaller(wide a, wide b) { return a < b ? a : b; }

/* --- CBLAS: matrix products ---------------------------------------------- */

void TARGET(cblas_sgemm)(int, int, int, wide, wide, wide, float, const float *, wide,
                         const float *, wide, float, float *, wide);
void TARGET(cblas_dgemm)(int, int, int, wide, wide, wide, double, const double *, wide,
                         const double *, wide, double, double *, wide);
void TARGET(cblas_cgemm)(int, int, int, wide, wide, wide, const void *, const void *, wide,
                         const void *, wide, const void *, void *, wide);
void TARGET(cblas_zgemm)(int, int, int, wide, wide, wide, const void *, const void *, wide,
                         const void *, wide, const void *, void *, wide);

EXPORT void cblas_sgemm(int order, int ta, int tb, int m, int n, int k, float alpha,
                        const float *a, int lda, const float *b, int ldb, float beta, float *c,
                        int ldc) {
    TRACE();
    TARGET(cblas_sgemm)(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

EXPORT void cblas_dgemm(int order, int ta, int tb, int m, int n, int k, double alpha,
                        const double *a, int lda, const double *b, int ldb, double beta,
                        double *c, int ldc) {
    TRACE();
    TARGET(cblas_dgemm)(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

EXPORT void cblas_cgemm(int order, int ta, int tb, int m, int n, int k, const void *alpha,
                        const void *a, int lda, const void *b, int ldb, const void *beta, void *c,
                        int ldc) {
    TRACE();
    TARGET(cblas_cgemm)(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

EXPORT void cblas_zgemm(int order, int ta, int tb, int m, int n, int k, const void *alpha,
                        const void *a, int lda, const void *b, int ldb, const void *beta, void *c,
                        int ldc) {
    TRACE();
    TARGET(cblas_zgemm)(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

/* --- LU: solve and factorise ---------------------------------------------- */

#define DEFINE_GESV(name, real)                                                              \
    void TARGET(name)(const wide *, const wide *, real *, const wide *, wide *, real *,       \
                      const wide *, wide *);                                                  \
    EXPORT void name(const int *n, const int *nrhs, real *a, const int *lda, int *ipiv,      \
                     real *b, const int *ldb, int *info) {                                    \
        TRACE();                                                                              \
        wide n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, info_ = 0;                     \
        wide *pivots = wide_array(n_);                                                        \
        if (!pivots) {                                                                        \
            *info = -1;                                                                       \
            return;                                                                           \
        }                                                                                     \
        TARGET(name)(&n_, &nrhs_, a, &lda_, pivots, b, &ldb_, &info_);                        \
        narrow_into(ipiv, pivots, n_);                                                        \
        free(pivots);                                                                         \
        *info = (int)info_;                                                                   \
    }

#define DEFINE_GETRF(name, real)                                                             \
    void TARGET(name)(const wide *, const wide *, real *, const wide *, wide *, wide *);     \
    EXPORT void name(const int *m, const int *n, real *a, const int *lda, int *ipiv,         \
                     int *info) {                                                             \
        TRACE();                                                                              \
        wide m_ = *m, n_ = *n, lda_ = *lda, info_ = 0;                                        \
        wide count = smaller(m_, n_);                                                         \
        wide *pivots = wide_array(count);                                                     \
        if (!pivots) {                                                                        \
            *info = -1;                                                                       \
            return;                                                                           \
        }                                                                                     \
        TARGET(name)(&m_, &n_, a, &lda_, pivots, &info_);                                     \
        narrow_into(ipiv, pivots, count);                                                     \
        free(pivots);                                                                         \
        *info = (int)info_;                                                                   \
    }

DEFINE_GESV(sgesv_, float)
DEFINE_GESV(dgesv_, double)
DEFINE_GETRF(sgetrf_, float)
DEFINE_GETRF(dgetrf_, double)

/* --- Cholesky -------------------------------------------------------------- */

#define DEFINE_POSV(name, real)                                                              \
    void TARGET(name)(const char *, const wide *, const wide *, real *, const wide *, real *, \
                      const wide *, wide *, flen);                                            \
    EXPORT void name(const char *uplo, const int *n, const int *nrhs, real *a, const int *lda, \
                     real *b, const int *ldb, int *info) {                                    \
        TRACE();                                                                              \
        wide n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, info_ = 0;                     \
        TARGET(name)(uplo, &n_, &nrhs_, a, &lda_, b, &ldb_, &info_, 1);                       \
        *info = (int)info_;                                                                   \
    }

#define DEFINE_POTRF(name, real)                                                             \
    void TARGET(name)(const char *, const wide *, real *, const wide *, wide *, flen);       \
    EXPORT void name(const char *uplo, const int *n, real *a, const int *lda, int *info) {   \
        TRACE();                                                                              \
        wide n_ = *n, lda_ = *lda, info_ = 0;                                                 \
        TARGET(name)(uplo, &n_, a, &lda_, &info_, 1);                                         \
        *info = (int)info_;                                                                   \
    }

DEFINE_POSV(sposv_, float)
DEFINE_POSV(dposv_, double)
DEFINE_POTRF(spotrf_, float)
DEFINE_POTRF(dpotrf_, double)

/* --- QR and least squares -------------------------------------------------- */

#define DEFINE_GEQRF(name, real)                                                             \
    void TARGET(name)(const wide *, const wide *, real *, const wide *, real *, real *,       \
                      const wide *, wide *);                                                  \
    EXPORT void name(const int *m, const int *n, real *a, const int *lda, real *tau,         \
                     real *work, const int *lwork, int *info) {                               \
        TRACE();                                                                              \
        wide m_ = *m, n_ = *n, lda_ = *lda, lwork_ = *lwork, info_ = 0;                       \
        TARGET(name)(&m_, &n_, a, &lda_, tau, work, &lwork_, &info_);                         \
        *info = (int)info_;                                                                   \
    }

#define DEFINE_GELS(name, real)                                                              \
    void TARGET(name)(const char *, const wide *, const wide *, const wide *, real *,         \
                      const wide *, real *, const wide *, real *, const wide *, wide *, flen);\
    EXPORT void name(const char *trans, const int *m, const int *n, const int *nrhs, real *a, \
                     const int *lda, real *b, const int *ldb, real *work, const int *lwork,  \
                     int *info) {                                                             \
        TRACE();                                                                              \
        wide m_ = *m, n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, lwork_ = *lwork;      \
        wide info_ = 0;                                                                       \
        TARGET(name)(trans, &m_, &n_, &nrhs_, a, &lda_, b, &ldb_, work, &lwork_, &info_, 1);  \
        *info = (int)info_;                                                                   \
    }

DEFINE_GEQRF(sgeqrf_, float)
DEFINE_GEQRF(dgeqrf_, double)
DEFINE_GELS(sgels_, float)
DEFINE_GELS(dgels_, double)

/* --- SVD (divide and conquer) ----------------------------------------------- */

#define DEFINE_GESDD(name, real)                                                             \
    void TARGET(name)(const char *, const wide *, const wide *, real *, const wide *, real *, \
                      real *, const wide *, real *, const wide *, real *, const wide *, wide *, \
                      wide *, flen);                                                          \
    EXPORT void name(const char *jobz, const int *m, const int *n, real *a, const int *lda,  \
                     real *s, real *u, const int *ldu, real *vt, const int *ldvt, real *work, \
                     const int *lwork, int *iwork, int *info) {                               \
        TRACE();                                                                              \
        (void)iwork; /* workspace only: a wide one is used instead */                        \
        wide m_ = *m, n_ = *n, lda_ = *lda, ldu_ = *ldu, ldvt_ = *ldvt, lwork_ = *lwork;      \
        wide info_ = 0;                                                                       \
        wide *scratch = wide_array(8 * smaller(m_, n_));                                      \
        if (!scratch) {                                                                       \
            *info = -1;                                                                       \
            return;                                                                           \
        }                                                                                     \
        TARGET(name)(jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, work, &lwork_,        \
                     scratch, &info_, 1);                                                     \
        free(scratch);                                                                        \
        *info = (int)info_;                                                                   \
    }

DEFINE_GESDD(sgesdd_, float)
DEFINE_GESDD(dgesdd_, double)

/* --- Eigenvalues of a general matrix -------------------------------------- */

void TARGET(dgeev_)(const char *, const char *, const wide *, double *, const wide *, double *,
                    double *, double *, const wide *, double *, const wide *, double *,
                    const wide *, wide *, flen, flen);

EXPORT void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a,
                   const int *lda, double *wr, double *wi, double *vl, const int *ldvl,
                   double *vr, const int *ldvr, double *work, const int *lwork, int *info) {
    TRACE();
    wide n_ = *n, lda_ = *lda, ldvl_ = *ldvl, ldvr_ = *ldvr, lwork_ = *lwork, info_ = 0;
    TARGET(dgeev_)(jobvl, jobvr, &n_, a, &lda_, wr, wi, vl, &ldvl_, vr, &ldvr_, work, &lwork_,
                   &info_, 1, 1);
    *info = (int)info_;
}
