# The 'z' option (negative zero coercion) of the format mini-language for floats.
for v in [-0.0, 0.0, -0.001, -0.06, -1.5, float("-inf"), -1e-300]:
    print([("{:" + s + "}").format(v) for s in ["z.1f", "z", "+z.0f", "z.2e", "z.1%", " z.1f", "z08.1f", "z.3g"]])
