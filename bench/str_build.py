# String work: building, formatting, slicing, joining and searching.
def build(n):
    parts = []
    for i in range(n):
        s = "item%d:%s" % (i, str(i * 7)[::-1])
        s = s.upper() + "-" + s[2:6]
        parts.append(s)
    text = ",".join(parts)
    hits = 0
    for i in range(0, n, 7):
        if text.find("ITEM%d:" % i) >= 0:
            hits += 1
    words = text.split(",")
    return len(text), hits, len(words), f"{words[-1]!r:>20}"

for _ in range(8):
    r = build(5000)
print(r)
