// ports/unix/fe_port_config.h: feature choices of the PC interpreter (all on, double floats).
#ifndef FE_PORT_CONFIG_H
#define FE_PORT_CONFIG_H
#define FE_FLOAT_IMPL FE_FLOAT_DOUBLE
#endif
