# Ferrite top-level build: `make` builds build/ferrite (the unix port).
# BUILD=dir selects another build directory (each configuration gets its own).
BUILD ?= build
CC ?= gcc
PYTHON ?= python3

SRC_C := $(wildcard py/*.c) $(wildcard extmod/*.c) $(wildcard lib/*/*.c) $(wildcard supervisor/*.c) \
	$(wildcard ports/unix/*.c)
OBJ := $(SRC_C:%.c=$(BUILD)/%.o)
GENHDR := $(BUILD)/genhdr
QSTR_HDR := $(GENHDR)/qstrdefs.generated.h

WARN := -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
CFLAGS_BASE := -std=gnu99 $(WARN) -I. -Iports/unix -I$(BUILD) -MMD -MP
OPT ?= -O2 -g
CFLAGS ?=
CFLAGS += $(CFLAGS_BASE) $(OPT) $(EXTRA_CFLAGS)
LDFLAGS += $(EXTRA_LDFLAGS)
LIBS := -lm

all: $(BUILD)/ferrite $(BUILD)/ferrite-cross

# Frozen modules (tools/makefrozen.py): the .py files under FROZEN_DIR are compiled with
# ferrite-cross and baked into ferrite as const .mpy images (bytecode executed in place).
FROZEN_DIR ?= ports/unix/frozen
FROZEN_PY := $(shell find $(FROZEN_DIR) -name '*.py' 2>/dev/null)
FROZEN_C := $(BUILD)/frozen/frozen_content.c

$(BUILD)/ferrite: $(OBJ) $(FROZEN_C:.c=.o)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(FROZEN_C): $(BUILD)/ferrite-cross tools/makefrozen.py $(FROZEN_PY)
	@mkdir -p $(dir $@)
	$(PYTHON) tools/makefrozen.py --cross $(BUILD)/ferrite-cross -o $@ $(FROZEN_DIR)

$(FROZEN_C:.c=.o): $(FROZEN_C)
	$(CC) $(CFLAGS) -c -o $@ $<

# ferrite-cross (mpy-cross/): the core plus the unix port's services, without its main.
CROSS_OBJ := $(filter-out $(BUILD)/ports/unix/main.o,$(OBJ)) $(BUILD)/mpy-cross/main.o
$(BUILD)/ferrite-cross: $(CROSS_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: %.c $(QSTR_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# The qstr tables depend on every source; the generator rewrites them only on change.
$(QSTR_HDR): $(SRC_C) $(wildcard py/*.h extmod/*.h ports/unix/*.h) py/qstrdefs.h tools/makeqstrs.py
	@mkdir -p $(GENHDR)
	$(PYTHON) tools/makeqstrs.py $(GENHDR) py/qstrdefs.h -- $(filter %.c %.h,$^)

# ---- tests and measurement (tools/run-tests.py, tools/bench.py) ----
JOBS ?= 2
# `make run`: build, then start the interpreter's REPL (the README's first command).
run: $(BUILD)/ferrite
	./$(BUILD)/ferrite

test: $(BUILD)/ferrite $(BUILD)/ferrite-cross
	$(PYTHON) tools/run-tests.py --ferrite $(BUILD)/ferrite -j $(JOBS)
	$(PYTHON) tools/run-tests.py --ferrite $(BUILD)/ferrite -j $(JOBS) --via-mpy $(MPY_SLICE)

# The suite through .mpy files (ferrite-cross, then `ferrite -m NAME`): `make test` runs a
# representative slice, `make test-mpy MPY_SLICE=tests` everything.
MPY_SLICE ?= tests/float $(wildcard tests/basics/engine_*.py tests/basics/syntax_*.py \
	tests/basics/exception_*.py tests/basics/int_*.py tests/basics/object_*.py)
test-mpy: $(BUILD)/ferrite $(BUILD)/ferrite-cross
	$(PYTHON) tools/run-tests.py --ferrite $(BUILD)/ferrite -j $(JOBS) --via-mpy $(MPY_SLICE)

# The firmware's own runtime support (ports/qemu-microbit/rt: soft float, integer division,
# string functions) built for the host and checked against its hardware floats and C
# library by tests/rt/test_rt.c (a few seconds); part of `make test`.
# (rt/setjmp.c is Thumb-1 assembly: it is checked on the firmware, by every raise)
RT_SRC := $(filter-out %/setjmp.c,$(wildcard ports/qemu-microbit/rt/*.c))
test: test-rt
test-rt: $(BUILD)/test-rt
	./$(BUILD)/test-rt
$(BUILD)/test-rt: tests/rt/test_rt.c $(RT_SRC)
	@mkdir -p $(BUILD)
	$(CC) -std=gnu99 $(WARN) -O2 -ffp-contract=off $(EXTRA_CFLAGS) $(EXTRA_LDFLAGS) -o $@ $^
.PHONY: test-rt

# The torture configuration: GC before every allocation, the portable switch dispatch,
# address and undefined-behaviour sanitizers; run over the whole suite with long timeouts.
TORTURE_FLAGS := -DFE_GC_STRESS=1 -DFE_COMPUTED_GOTO=0 -fsanitize=address,undefined -fno-omit-frame-pointer
test-torture:
	$(MAKE) BUILD=build-torture OPT='-O1 -g' EXTRA_CFLAGS='$(TORTURE_FLAGS)' \
		EXTRA_LDFLAGS='-fsanitize=address,undefined' build-torture/ferrite
	ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tools/run-tests.py --ferrite build-torture/ferrite \
		-j $(JOBS) --timeout-scale 8 --torture

bench: $(BUILD)/ferrite
	$(PYTHON) tools/bench.py --ferrite $(BUILD)/ferrite

# ---- size of the core on a Cortex-M0 (ARMv6-M, soft float) ----
# Compiles py/ alone with the bare-arm configuration and prints text/data/bss per object
# and in total. Objects go to build-arm/ (override with ARM_BUILD=...).
ARM_BUILD ?= build-arm
ARM_CC ?= arm-none-eabi-gcc
ARM_SIZE ?= arm-none-eabi-size
ARM_CFLAGS := -std=gnu99 $(WARN) -mcpu=cortex-m0 -mthumb -Os -ffunction-sections -fdata-sections \
	-I. -Iports/bare-arm -I$(ARM_BUILD) -MMD -MP $(EXTRA_CFLAGS)
ARM_SRC_C := $(wildcard py/*.c)
ARM_OBJ := $(ARM_SRC_C:%.c=$(ARM_BUILD)/%.o)
ARM_QSTR_HDR := $(ARM_BUILD)/genhdr/qstrdefs.generated.h

$(ARM_QSTR_HDR): $(ARM_SRC_C) $(wildcard py/*.h ports/bare-arm/*.h) py/qstrdefs.h tools/makeqstrs.py
	@mkdir -p $(ARM_BUILD)/genhdr
	$(PYTHON) tools/makeqstrs.py $(ARM_BUILD)/genhdr py/qstrdefs.h -- $(filter %.c %.h,$^)

$(ARM_BUILD)/%.o: %.c $(ARM_QSTR_HDR)
	@mkdir -p $(dir $@)
	$(ARM_CC) $(ARM_CFLAGS) -c -o $@ $<

size-core: $(ARM_OBJ)
	$(ARM_SIZE) -t $(ARM_OBJ)

# ---- the micro:bit firmware in QEMU (ports/qemu-microbit; needs gcc-arm-none-eabi,
# libnewlib-arm-none-eabi, qemu-system-arm) ----
MICROBIT := ports/qemu-microbit
microbit:
	$(MAKE) -C $(MICROBIT) BUILD=build
size: microbit
	$(MAKE) -C $(MICROBIT) BUILD=build size
test-qemu: microbit
	$(PYTHON) tools/run-tests-qemu.py

clean:
	rm -rf build build-*

.PHONY: all run clean test test-mpy test-torture bench size-core microbit size test-qemu
-include $(OBJ:.o=.d) $(ARM_OBJ:.o=.d) $(BUILD)/mpy-cross/main.d
