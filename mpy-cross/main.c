// mpy-cross/main.c: the `ferrite-cross` command: compiles a Python source file into a
// .mpy file (py/persistentcode.c; format in docs/mpy-format.md) that any Ferrite build
// loads, whatever its word size or endianness.
//
//   ferrite-cross [options] FILE.py
//     -o OUT            output file (default: FILE.mpy beside FILE.py)
//     -s NAME           source name recorded in the file (shown in tracebacks; default FILE.py
//                       as given on the command line)
//     -O LEVEL, -ON     optimisation: 1 or 2 remove asserts and make __debug__ False,
//                       3 also strips line numbers (tracebacks then show the first line)
//     -X emit=bytecode  accepted (bytecode is the only emitter); -X heapsize=N also accepted
//     --version         prints the version and the .mpy format version
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "py/obj.h"
#include "py/port.h"
#include "py/persistentcode.h"

#define FERRITE_CROSS_VERSION "0.1.0"

static void usage(FILE *f) {
    fprintf(f,
        "usage: ferrite-cross [options] FILE.py\n"
        "  -o OUT            output file (default: FILE.mpy)\n"
        "  -s NAME           source name stored for tracebacks\n"
        "  -O LEVEL          1,2: strip asserts; 3: also strip line numbers\n"
        "  -X emit=bytecode  the only code emitter (accepted for compatibility)\n"
        "  --version         show the version\n");
}

// Compiles `src` and writes the image; returns the exit status.
static int compile_file(const char *src_path, const char *out_path, const char *source_name, int opt) {
    fe_handler_t h;
    if (FE_TRY(h)) {
        size_t len;
        char *src = fe_port_read_file(src_path, &len);
        if (src == NULL) {
            fprintf(stderr, "ferrite-cross: can't open file '%s': %s\n", src_path, strerror(errno));
            fe_handler_pop(&h);
            return 1;
        }
        qstr name = qstr_from_str(source_name);
        fe_compile_optimize = (uint8_t)(opt > 0 ? 1 : 0);
        fe_obj_t code = fe_compile(src, len, name, FE_COMPILE_FILE);
        fe_vstr_t out;
        fe_vstr_init(&out, 1024);
        unsigned options = (opt >= 3 ? FE_MPY_SAVE_STRIP_LINES : 0) | (opt >= 1 ? FE_MPY_SAVE_NO_ASSERTS : 0);
        fe_mpy_save(&out, code, name, options);
        fe_handler_pop(&h);
        FILE *f = fopen(out_path, "wb");
        if (f == NULL || fwrite(out.buf, 1, out.len, f) != out.len || fclose(f) != 0) {
            fprintf(stderr, "ferrite-cross: can't write '%s': %s\n", out_path, strerror(errno));
            return 1;
        }
        return 0;
    }
    fe_print_exception(&fe_print_stderr, h.exc);
    return 1;
}

// Allocates the heap and initialises the interpreter (kept out of main so that main's
// locals are not live across the setjmp of FE_TRY).
static char *heap;  // kept reachable for the whole run (leak checkers)

__attribute__((noinline)) static bool start_interpreter(size_t heap_size) {
    heap = calloc(1, heap_size);
    if (heap == NULL) {
        fprintf(stderr, "ferrite-cross: cannot allocate the heap\n");
        return false;
    }
    fe_gc_init(heap, heap + heap_size);
    fe_handler_t h;
    if (FE_TRY(h)) {
        fe_init();
        fe_handler_pop(&h);
        return true;
    }
    fprintf(stderr, "ferrite-cross: the heap is too small to start\n");
    return false;
}

int main(int argc, char **argv) {
    char stack_top;
    fe_state.stack_top = &stack_top;
    const char *src_path = NULL, *out_path = NULL, *source_name = NULL;
    int opt = 0;
    size_t heap_size = 64 * 1024 * 1024;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--version") == 0) {
            printf("ferrite-cross " FERRITE_CROSS_VERSION "; mpy format %d\n", FE_MPY_VERSION);
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-o") == 0 || strcmp(a, "-s") == 0 || strcmp(a, "-X") == 0) {
            if (i + 1 >= argc) {
                usage(stderr);
                return 2;
            }
            const char *v = argv[++i];
            if (a[1] == 'o') {
                out_path = v;
            } else if (a[1] == 's') {
                source_name = v;
            } else if (strcmp(v, "emit=bytecode") == 0) {
                // the only emitter
            } else if (strncmp(v, "heapsize=", 9) == 0) {
                char *end;
                unsigned long n = strtoul(v + 9, &end, 10);
                heap_size = (size_t)n * (*end == 'k' ? 1024 : *end == 'm' ? 1024 * 1024 : 1);
                if (heap_size < 65536) {
                    heap_size = 65536;
                }
            } else {
                fprintf(stderr, "ferrite-cross: unsupported option -X %s\n", v);
                return 2;
            }
        } else if (strncmp(a, "-O", 2) == 0) {
            const char *v = a + 2;
            if (*v == '\0') {
                if (i + 1 < argc && argv[i + 1][0] >= '0' && argv[i + 1][0] <= '9') {
                    opt = atoi(argv[++i]);
                } else {
                    opt = 1;
                }
            } else if (*v >= '0' && *v <= '9') {
                opt = atoi(v);
            } else {
                opt = 1;
                while (*v == 'O') {  // -OO, -OOO: one level per O
                    opt++;
                    v++;
                }
            }
        } else if (strncmp(a, "-march=", 7) == 0) {
            // every .mpy is portable: nothing architecture-specific to choose
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "ferrite-cross: unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else if (src_path == NULL) {
            src_path = a;
        } else {
            usage(stderr);
            return 2;
        }
    }
    if (src_path == NULL) {
        usage(stderr);
        return 2;
    }
    char *default_out = NULL;
    if (out_path == NULL) {
        size_t n = strlen(src_path);
        default_out = malloc(n + 5);
        if (default_out == NULL) {
            return 1;
        }
        memcpy(default_out, src_path, n + 1);
        if (n > 3 && strcmp(default_out + n - 3, ".py") == 0) {
            default_out[n - 3] = '\0';
        }
        strcat(default_out, ".mpy");
        out_path = default_out;
    }
    if (source_name == NULL) {
        source_name = src_path;
    }
    if (!start_interpreter(heap_size)) {
        return 1;
    }
    int status = compile_file(src_path, out_path, source_name, opt);
    free(default_out);
    return status;
}
