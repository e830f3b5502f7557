// tools/fuzz/inflate_fuzz.c: random-mutation fuzzer for lib/inflate (no libFuzzer needed).
// Build and run under ASan, e.g.:
//   cc -fsanitize=address,undefined -g -I. tools/fuzz/inflate_fuzz.c lib/inflate/inflate.c -o fz
//   ./fz seed-file... [iterations]
// Each iteration takes a seed stream, flips/inserts/deletes/truncates bytes and decodes it in
// every framing; any out-of-bounds access is reported by the sanitizer. With
// -DLIBFUZZER it builds as a libFuzzer target instead.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "lib/inflate/inflate.h"

#define OUT_LIMIT (1 << 22)

static jmp_buf too_big;

static uint8_t *grow(void *ctx, uint8_t *buf, size_t n) {
    if (n > OUT_LIMIT) {
        // the core's grow raises MemoryError (a longjmp); do the same here
        free(buf);
        longjmp(too_big, 1);
    }
    uint8_t *p = realloc(buf, n);
    if (p == NULL) {
        abort();
    }
    return p;
}

static void run_one(const uint8_t *data, size_t len) {
    static const int formats[4] = {INFLATE_FORMAT_RAW, INFLATE_FORMAT_ZLIB, INFLATE_FORMAT_GZIP, INFLATE_FORMAT_AUTO};
    for (int f = 0; f < 4; f++) {
        // copy into an exact-size heap block so ASan catches reads past the end
        uint8_t *in = malloc(len ? len : 1);
        memcpy(in, data, len);
        static inflate_out_t out;
        out = (inflate_out_t){NULL, 0, 0, NULL, grow};
        size_t used = 0;
        const char *msg;
        if (setjmp(too_big)) {
            free(in);
            continue;
        }
        inflate_stream(in, len, formats[f], 15, &out, &used, &msg);
        if (used > len) {
            abort();
        }
        free(out.buf);
        free(in);
    }
}

#ifdef LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    run_one(data, size);
    return 0;
}
#else
int main(int argc, char **argv) {
    long iters = 200000;
    uint8_t *seeds[64];
    size_t seed_len[64];
    int n_seeds = 0;
    for (int i = 1; i < argc && n_seeds < 64; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (f == NULL) {
            iters = atol(argv[i]);
            continue;
        }
        seeds[n_seeds] = malloc(1 << 16);
        seed_len[n_seeds] = fread(seeds[n_seeds], 1, 1 << 16, f);
        fclose(f);
        n_seeds++;
    }
    if (n_seeds == 0) {
        fprintf(stderr, "usage: %s seed-files... [iterations]\n", argv[0]);
        return 2;
    }
    srand(12345);
    uint8_t buf[1 << 17];
    for (long it = 0; it < iters; it++) {
        int s = rand() % n_seeds;
        size_t len = seed_len[s];
        memcpy(buf, seeds[s], len);
        int muts = 1 + rand() % 8;
        for (int m = 0; m < muts; m++) {
            int kind = rand() % 4;
            if (kind == 0 && len > 0) {
                buf[rand() % len] ^= (uint8_t)(1 << (rand() % 8));
            } else if (kind == 1 && len > 0) {
                buf[rand() % len] = (uint8_t)rand();
            } else if (kind == 2 && len > 0) {
                len = rand() % len;
            } else if (len + 1 < sizeof(buf)) {
                size_t at = len ? rand() % len : 0;
                memmove(buf + at + 1, buf + at, len - at);
                buf[at] = (uint8_t)rand();
                len++;
            }
        }
        run_one(buf, len);
    }
    printf("%ld iterations ok\n", iters);
    for (int i = 0; i < n_seeds; i++) {
        free(seeds[i]);
    }
    return 0;
}
#endif
