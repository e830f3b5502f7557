# f-strings: fields, conversions, format specs, nesting, escapes, concatenation
x, y, name = 5, 2.5, "abc"
print(f"plain", f'', F"upper {x}", f'{x}{y}{name}')
print(f"{x} + {y} = {x + y}", f"{x * 2 - 1}", f"{name.upper()}", f"{name[1]}")
print(f"{x!r} {name!r} {name!s} {'é'!a} {name!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{y:.3f}|{y:8.2f}|{name:>6}")
width, prec = 10, 2
print(f"{y:{width}}|{y:{width}.{prec}f}|{name:{'>'}{width}}|{x:{width}d}")
print(f"{{}} {{x}} {{{x}}} }}{{ {x}}}")
print(f'{"dq inside sq"}', f"{'sq inside dq'}", f'''{"tri" + 'ple'}''', f"""{'a' "b"}""")
d = {"k": 1, "j": [1, 2]}
print(f"{d['k']} {d['j'][1]} {len(d)} { {'a': 1}['a'] } {[1, 2, 3][1:]}")
print(f"{(lambda v: v * 2)(3)} {x if x > 3 else y} {(x, y)} {x, y}")
print(f"{'nested {braces}'}", f"{'{'}", f"{'}'}")
print(f"tab\there", f"newline\\n", rf"raw\n{x}", fr"\d{x}", Rf"{x}\t")
print("a" f"{x}" "b" f"{y}" 'c', f"{x}" "{not a field}")
print(f"{x=}", f"{x = }", f"{x=!s}", f"{y=:.1f}", f"{name=!r:>8}", f"{x+1=}")
print(f"{3.14159:.2f}", f"{1234567:,}", f"{255:#x}", f"{255:08b}", f"{0.5:%}", f"{-5:+d}")
print(f"""multi
line {x}
{y}""")
print(f"{x:{'^'}{8}}|", f"{name!r:^{width}}|")
def f(a):
    return f"<{a}>"
print(f"{f(1)}{f('z')}", f"{f(f(2))}")
print(f"{x}" * 3, len(f"{name}{name}"))
print(f"{'é'}", f"é{x}é", f"{'日本'}語")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{[i.upper() for i in items]}", f"{sum(i for i in range(4))}")
class C:
    def __format__(self, spec):
        return "C(" + spec + ")"
    def __repr__(self):
        return "Crepr"
    def __str__(self):
        return "Cstr"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c:xyz}", f"{c:{x}}", f"{c!r:>8}")
print(f"{x:}", f"{name:}")
