// ports/qemu-microbit/startup.c: reset and fault handling of the Cortex-M0: the vector
// table, the probe for the end of RAM, .data/.bss set-up, then microbit_main().
//
// The RAM size is not fixed: QEMU's micro:bit has 16 KB by default but can be given more
// (-global nrf51-soc.sram-size=N) for tests that need a bigger heap. Reading past the end
// of RAM raises a bus error, which ARMv6-M escalates to HardFault; while probing, the
// HardFault handler notes the fault and resumes after the faulting (16-bit) load.
#include <stdint.h>
#include <string.h>
#include "microbit.h"

extern uint32_t _sidata[], _sdata[], _edata[], _sbss[], _ebss[], _ram_start[], _ram_default_end[];

void Reset_Handler(void);
void HardFault_Handler(void);
void Default_Handler(void);

__attribute__((used)) volatile uint32_t probe_active;
__attribute__((used)) volatile uint32_t probe_faulted;
uint32_t *microbit_ram_end;

// Loads one word with a 16-bit instruction; the HardFault handler skips it on a fault.
__attribute__((naked, noinline)) static uint32_t probe_load(volatile uint32_t *p) {
    __asm__ volatile(
        "ldr r0, [r0]\n"
        "bx lr\n");
}

// Highest RAM address + 1, found in 1 KB steps (at most 256 KB of SRAM on this SoC's map).
// Runs before .data/.bss exist, so it only uses the probe flags, which it sets itself.
static uint32_t *probe_ram_end(void) {
    uintptr_t end = (uintptr_t)_ram_default_end;
    probe_active = 1;
    while (end < (uintptr_t)_ram_start + 256 * 1024) {
        probe_faulted = 0;
        (void)probe_load((volatile uint32_t *)end);
        if (probe_faulted) {
            break;
        }
        end += 1024;
    }
    probe_active = 0;
    return (uint32_t *)end;
}

// The stack moves to the top of the probed RAM before any C code that needs much of it.
__attribute__((naked, noreturn)) void Reset_Handler(void) {
    __asm__ volatile(
        "bl reset_probe\n"
        "mov sp, r0\n"
        "bl reset_c\n"
        "b .\n");
}

uint32_t *reset_probe(void);
__attribute__((used)) uint32_t *reset_probe(void) {
    return probe_ram_end();
}

__attribute__((noreturn)) void reset_c(void);
__attribute__((noreturn, used)) void reset_c(void) {
    uint32_t *end = probe_ram_end();  // again: .bss below clears the first result
    memcpy(_sdata, _sidata, (size_t)((char *)_edata - (char *)_sdata));
    memset(_sbss, 0, (size_t)((char *)_ebss - (char *)_sbss));
    microbit_ram_end = end;
    microbit_main();
}

// While probing: skip the faulting load (stacked PC += 2) and note the fault. Otherwise a
// real crash: report it on the UART and stop.
__attribute__((naked)) void HardFault_Handler(void) {
    __asm__ volatile(
        ".syntax unified\n"
        "ldr r0, =probe_active\n"
        "ldr r0, [r0]\n"
        "cmp r0, #0\n"
        "beq 1f\n"
        "mrs r0, msp\n"
        "ldr r1, [r0, #24]\n"
        "adds r1, #2\n"
        "str r1, [r0, #24]\n"
        "ldr r0, =probe_faulted\n"
        "movs r1, #1\n"
        "str r1, [r0]\n"
        "bx lr\n"
        "1:\n"
        "mrs r0, msp\n"
        "ldr r1, =microbit_hard_fault\n"
        "bx r1\n"
        ".ltorg\n"
        ".syntax divided\n");
}

void Default_Handler(void) {
    microbit_fatal_text("unexpected interrupt");
}

// Cortex-M0 vectors: initial SP (top of the default 16 KB; moved after the probe), then
// the 15 system exceptions; the nRF51 peripheral interrupts are not used (polled UART and
// timer), so the table stops there.
__attribute__((section(".vectors"), used)) static const void *const vectors[16] = {
    _ram_default_end,
    (const void *)Reset_Handler,
    (const void *)Default_Handler,    // NMI
    (const void *)HardFault_Handler,
    0, 0, 0, 0, 0, 0, 0,
    (const void *)Default_Handler,    // SVCall
    0, 0,
    (const void *)Default_Handler,    // PendSV
    (const void *)Default_Handler,    // SysTick
};
