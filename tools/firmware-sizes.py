#!/usr/bin/env python3
"""Flash use of the micro:bit firmware by object file, from the linker map.

    python3 tools/firmware-sizes.py [ports/qemu-microbit/build/firmware.map] [PATTERN...]

Prints, for every object (libraries as one line each), the bytes it keeps in the image:
code (.text), constant data (.rodata without string literals), string literals
(.rodata.str*) and the total, largest first, then the sum. PATTERNs (substrings of the
object name, e.g. objstr parse) restrict the list; the sum then covers only those.
The firmware is linked with LTO, which merges the objects: for figures per source file,
build it without LTO first (`make -C ports/qemu-microbit BUILD=build-sizes OPT=-Os`) and
read that build's map. The sum over all objects is the image either way.
"""
import collections
import re
import sys


def parse(path):
    lines = open(path).read().split("\n")
    start = next(n for n, l in enumerate(lines) if l.startswith("Linker script and memory map"))
    text, data, strs = collections.Counter(), collections.Counter(), collections.Counter()
    for n in range(start, len(lines)):
        m = re.match(r"^ (\.(?:text|rodata|data)\S*)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+))?$", lines[n])
        if not m:
            continue
        name = m.group(1)
        if m.group(2) is None:  # long section names put the address on the next line
            m2 = re.match(r"^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)", lines[n + 1]) if n + 1 < len(lines) else None
            if not m2:
                continue
            size, obj = m2.group(2), m2.group(3)
        else:
            size, obj = m.group(3), m.group(4)
        obj = obj.split("/")[-1]
        if ".a(" in obj:
            obj = obj.split("(")[0]
        size = int(size, 16)
        if name.startswith(".text"):
            text[obj] += size
        elif ".str" in name:
            strs[obj] += size
        else:
            data[obj] += size
    return text, data, strs


def main():
    args = sys.argv[1:]
    path = "ports/qemu-microbit/build/firmware.map"
    if args and args[0].endswith(".map"):
        path = args.pop(0)
    text, data, strs = parse(path)
    total = collections.Counter()
    for c in (text, data, strs):
        total.update(c)
    rows = [(v, k) for k, v in total.items() if not args or any(a in k for a in args)]
    rows.sort(reverse=True)
    print("%-26s %7s %7s %7s %7s" % ("object", "total", "code", "data", "strings"))
    for v, k in rows:
        print("%-26s %7d %7d %7d %7d" % (k, v, text[k], data[k], strs[k]))
    print("%-26s %7d %7d %7d %7d" % ("sum", sum(v for v, k in rows), sum(text[k] for v, k in rows),
                                     sum(data[k] for v, k in rows), sum(strs[k] for v, k in rows)))


if __name__ == "__main__":
    main()
