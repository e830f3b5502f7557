# imaginary literals (complex numbers)
try:
    complex
except NameError:
    print("SKIP")
    raise SystemExit
print(1j, 2.5j, 1e2j, 10J, 0j, 1_0j)
print(1 + 2j, (3 - 4j).imag, abs(3 + 4j))
print(type(1j))
