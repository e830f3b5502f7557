# Float arithmetic: a Mandelbrot set rendered into an iteration count.
def mandel(width, height, max_iter):
    count = 0
    for py in range(height):
        y0 = (py / height) * 2.4 - 1.2
        for px in range(width):
            x0 = (px / width) * 3.5 - 2.5
            x = y = 0.0
            i = 0
            while x * x + y * y <= 4.0 and i < max_iter:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            count += i
    return count

print(mandel(240, 160, 80))
