# A frozen module: rainbowio is compiled on the host by ferrite-cross and baked into the
# micro:bit firmware's flash (ports/qemu-microbit/frozen/); its bytecode runs from there.
# Builds without it (the PC) print SKIP. Kept flat and shallow: the C stack is 4 KB.
try:
    import rainbowio
    cw = rainbowio.colorwheel
except ImportError:
    cw = None
    print("SKIP")
if cw:
    print(rainbowio.__name__)
    out = []
    for p in (0, 42, 85, 127, 170, 212, 255, 256, -1, 300.5):
        c = cw(p)
        out.append(hex(c))
    print(out)
    import rainbowio as again
    print(again is rainbowio)
    try:
        cw("red")
    except ValueError:
        print("ValueError")
    total = 0
    for i in range(0, 256, 25):
        total += cw(i)
    print(total)
