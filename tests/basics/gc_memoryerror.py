# ferrite-args: -X heapsize=32k
# Running out of a small heap raises MemoryError; the program catches it and goes on.
# (Expected output in the .exp file: CPython has no heap limit.)
def exhaust():
    hog = []
    try:
        while True:
            hog.append([0] * 50)
    except MemoryError:
        n = len(hog)
        hog = None
        return n

for attempt in range(3):
    n = exhaust()
    print("MemoryError caught", n > 20)

# the interpreter still works
x = [i * i for i in range(50)]
print(sum(x))
d = {str(i): i for i in range(20)}
print(d["19"])

# one allocation bigger than the whole heap
try:
    big = bytearray(1000000)
except MemoryError:
    print("too big: MemoryError")
print("end")
