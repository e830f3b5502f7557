# Matrices as lists of lists: multiplication, transpose, determinant with fractions-free ints.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = [[2, 0, 1], [1, 3, 2], [0, 1, 1]]
print(matmul(a, b))
print(transpose(a))
print(det(a), det(b), det(matmul(a, b)) == det(a) * det(b))
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(ident)
big = [[i * 4 + j for j in range(4)] for i in range(4)]
p = big
for _ in range(5):
    p = matmul(p, big)
print(p[0][0], p[3][3])
print(det([[2**40, 3], [5, 7]]))
