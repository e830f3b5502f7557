# the 'z' option (negative zero coercion) applies to floats only
print(format(-0.0, "z.1f"), format(-0.01, "z.1f"), format(-1.5, "z.1f"), format(0.0, "z"))
for v, spec in ((5, "z"), (True, "zd"), ("s", "z"), (-3, "z5")):
    try:
        print(format(v, spec))
    except ValueError as e:
        print("ValueError", e)
print(f"{-0.0:z}", "{:z.2f}".format(-0.001))
