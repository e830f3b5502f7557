# Ferrite top-level build: `make` builds build/ferrite (the unix port).
# BUILD=dir selects another build directory (each configuration gets its own).
BUILD ?= build
CC ?= gcc
PYTHON ?= python3

SRC_C := $(wildcard py/*.c) $(wildcard extmod/*.c) $(wildcard ports/unix/*.c)
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

all: $(BUILD)/ferrite

$(BUILD)/ferrite: $(OBJ)
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
test: $(BUILD)/ferrite
	$(PYTHON) tools/run-tests.py --ferrite $(BUILD)/ferrite -j $(JOBS)

bench: $(BUILD)/ferrite
	$(PYTHON) tools/bench.py --ferrite $(BUILD)/ferrite

clean:
	rm -rf build build-*

.PHONY: all clean test bench
-include $(OBJ:.o=.d)
