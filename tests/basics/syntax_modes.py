# compile() modes: exec, eval and single (the REPL's: expression statements print their repr)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x * 2; x * 3", "<s>", "single"))
exec(compile("if x:\n    x + 100\n", "<s>", "single"))
exec(compile("for i in range(2):\n    i\n\n", "<s>", "single"))
exec(compile("[1, 2]\n", "<s>", "single"))
print(eval(compile("x - 1", "<s>", "eval")), eval(compile("(x,\n x)", "<s>", "eval")))
print(eval("x if x else 0"), eval("\n\n7\n\n"), eval("# comment\n8"))
exec(compile("x\n", "<s>", "exec"))
for src, mode in [("x = 1\ny = 2", "single"), ("x = 1", "eval"), ("1;", "eval"),
                  ("yield", "eval"), ("a, b =", "exec"), ("def f():", "single"),
                  ("(1,\n", "single"), ("'''abc", "single"), ("x = \\", "single")]:
    try:
        compile(src, "<s>", mode)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.args[0])
