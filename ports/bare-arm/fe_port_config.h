// ports/bare-arm/fe_port_config.h: the smallest useful configuration, for measuring the
// core on a Cortex-M0 (`make size-core`): 32-bit, single-precision soft float, no complex,
// no filesystem, small GC mark stack.
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_SINGLE
#define FE_ENABLE_COMPLEX 0
#define FE_COMPUTED_GOTO 0
#define FE_PORT_PLATFORM "bare-arm"
#define FE_PORT_HAS_FILES 0
#define FE_GC_MARK_STACK_ENTRIES 32
#define FE_STACK_MARGIN 1024
#define FE_GC_SCRUB_BYTES 512
#endif
