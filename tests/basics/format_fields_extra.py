# Attribute and index lookups in str.format fields (FE_STR_FORMAT_FIELDS), their parsing
# corner cases and errors.
class P:
    x = 1
    y = [10, 20]
print("{0.x} {0.y[1]} {p.y[0]}".format(P(), p=P()), "{0[1]} {d[key]} {d[k2]}".format([5, 6], d={"key": "v", "k2": 2}))
for c in ["{0[a-b]}", "{[}", "{0.}", "{0[}", "{0[0]x}", "{a.b}", "{0.nope}", "{0[5]}", "{a[0]}"]:
    try:
        print(repr(c), repr(c.format("xy", 5, "<", a=[1])))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
