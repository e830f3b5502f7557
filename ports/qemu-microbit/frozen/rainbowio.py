# rainbowio, frozen into the micro:bit firmware (ports/qemu-microbit/frozen/): colours for
# LED strips such as NeoPixels. colorwheel(pos) walks red -> green -> blue -> red as pos
# goes 0 -> 255 (wrapping), returning 0xRRGGBB.


def colorwheel(pos):
    pos = int(pos) % 256
    if pos < 85:
        return (255 - pos * 3) << 16 | (pos * 3) << 8
    if pos < 170:
        pos -= 85
        return (255 - pos * 3) << 8 | pos * 3
    pos -= 170
    return (pos * 3) << 16 | (255 - pos * 3)
