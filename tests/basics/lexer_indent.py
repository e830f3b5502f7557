# indentation with tabs and spaces, line continuation, comments, blank lines
if True:
	x = 1
	if x:
		y = 2  # comment

		# comment-only line at another indent
    
		print("tabs", x, y)
if True:
        print("eight spaces")
        if 1:
         print("nine")
# comment at column 0
def f(a,
      b):  # implicit joining in parens
    return a + \
        b
print(f(1,
        2))
z = [
    1,
  2,
        3,
]
print(z, {
  "k":
    "v"})
if z: print("one-liner"); print("two")
while False: pass
class C: x = 5
print(C.x)
for i in range(2): print(i)
else: print("else")


# line endings: LF, CR LF and lone CR behave the same
for nl in ["\n", "\r\n", "\r"]:
    src = "if True:" + nl + "    a = 1" + nl + "    b = '''x" + nl + "y'''" + nl + "c = (1 +" + nl + " 2)" + nl
    g = {}
    exec(src, g)
    print(repr(nl), g["a"], repr(g["b"]), g["c"])
# a missing final newline, trailing whitespace and a trailing comment
g = {}
exec("x = 1\nif x:\n    y = 2   ", g)
print(g["y"])
exec("z = 3 # no newline", g)
print(g["z"])
exec("if 1:\n    w = 4\n    # trailing comment", g)
print(g["w"])
exec("\n\n\n   \n# only\nv = 5\n\n", g)
print(g["v"])
# form feed at the start of a line is ignored
exec("\x0cu = 6\n", g)
print(g["u"])
# backslash continuation inside an expression and before a block
exec("t = 1 + \\\n    2\nif t == 3 \\\n   and True:\n    t = 30\n", g)
print(g["t"])
# mixing tabs and spaces consistently across blocks
exec("if 1:\n\tif 1:\n\t\tm = 1\n\tn = 2\n", g)
print(g["m"], g["n"])
# unicode identifiers
exec("café = 1\nnaïve_日本 = café + 1\n", g)
print(g["café"], g["naïve_日本"])
