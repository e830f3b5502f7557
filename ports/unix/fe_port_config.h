// ports/unix/fe_port_config.h: feature choices of the PC interpreter (all on, double floats).
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_DOUBLE
// sys.platform
#define FE_PORT_PLATFORM "linux"
// open() works on the host's files (ports/unix/unix_file.c)
#define FE_PORT_HAS_FILES 1
#define FE_FILE_READ_BUFFER 4096
// The heap is calloc'ed: the collector need not clear its tables, and pages never used cost
// no memory, so the default heap can be large (ports/unix/main.c; -X heapsize=N sets it).
#define FE_PORT_HEAP_ZEROED 1
#define FE_UNIX_DEFAULT_HEAP ((size_t)(sizeof(void *) >= 8 ? 256 : 32) * 1024 * 1024)
#endif
