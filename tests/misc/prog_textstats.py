# Word statistics over a text: string methods, dict counting, comprehensions, sorting.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs away!  Quick, quick, said the bird -- and the bird flew.
"""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;!-").lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
print(len(ws), ws[:5])
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
lengths = {len(w) for w in ws}
print(sorted(lengths))
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, " ".join(by_len[k]))
print(max(ws, key=len), min(ws, key=len))
print("".join(w[0] for w in ws).upper())
print([w for w in ws if w.startswith("q")], any(w == "dog" for w in ws), all(ws))
lines = TEXT.splitlines()
print(len(lines), [line.count("the") for line in lines])
print("|".join(s.center(7, "*") for s in ["a", "bb", "ccc"]))
