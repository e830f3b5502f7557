# tokenizer errors: SyntaxError / IndentationError / TabError with CPython's messages


def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.args[0], "| line", e.args[1][1])


# indentation
check("  x = 1")
check("if 1:\n    x = 1\n  y = 2")
check("if 1:\nx = 1")
check("x = 1\n    y = 2")
check("if 1:\n    x = 1\n\n  \n    y = 2")
# brackets
check("x = (1,")
check("x = [1,\n2,\n")
check("x = {")
check("x = )")
check("x = (1]")
check("x = [1,\n2)")
check("f(1,\n  2\n")
# strings
check("x = 'abc")
check("x = \"abc\ny\"")
check("x = '''abc")
check("x = b'\xe9'")
check("x = 'a' b'b'")
check("x = b'a' 'b'")
check("x = '\\x4'")
check("x = '\\u12'")
check("x = '\\U0011ffff'")
# numbers
check("x = 012")
check("x = 09")
check("x = 0_7")
check("x = 1__0")
check("x = 1_")
check("x = 0x")
check("x = 0b2")
check("x = 0o8")
check("x = 0o")
check("x = 1e")
check("x = 1e+")
check("x = 1abc")
check("x = 0xfg")
check("x = 00")
check("x = 0_0")
# characters
check("x = 1 \\ 2")
check("x = $")
check("x = a ? b")
check("x = 1\\")
check("x = 5\x01")
# characters that cannot appear in names
check("x\u00a0= 1")
check("x = \u201chello\u201d")
check("x = 1 \u20ac")
check("x\u200b = 1")
check("a = 5 \u00d7 3")
check("a = \U0001F600")
check("print(\u2018a\u2019)")
check("x = a\u2212b")
check("\u00e9t\u00e9 = \u03c0 = \u00b5 = 1")
check("\u65e5\u672c = 1")
