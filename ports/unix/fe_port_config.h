// ports/unix/fe_port_config.h: feature choices of the PC interpreter (all on, double floats).
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_DOUBLE
// sys.platform
#define FE_PORT_PLATFORM "linux"
// open() works on the host's files (ports/unix/unix_file.c)
#define FE_PORT_HAS_FILES 1
#define FE_FILE_READ_BUFFER 4096
#endif
