// ports/unix/fe_port_config.h: feature choices of the PC interpreter (all on, double floats).
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_DOUBLE
// sys.platform
#define FE_PORT_PLATFORM "linux"
// open() works on the host's files (ports/unix/unix_file.c)
#define FE_PORT_HAS_FILES 1
#define FE_FILE_READ_BUFFER 4096
// The heap is calloc'ed: the collector need not clear its tables (ports/unix/main.c).
#define FE_PORT_HEAP_ZEROED 1
// Default heap: 1 MB of 32-bit words, i.e. 1 MB on a 32-bit host and 2 MB on a 64-bit one,
// where every pointer-holding object is twice the size; so the same programs fit as on a
// 32-bit build. -X heapsize=N sets any other size (16k behaves like a 16 KB device).
#define FE_UNIX_DEFAULT_HEAP ((size_t)1024 * 1024 * (sizeof(void *) / 4))
#endif
