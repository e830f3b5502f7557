# tokenizer errors: TabError for inconsistent tabs and spaces (split from lexer_errors.py:
# boards without FE_EXC_RARE_TYPES raise it as IndentationError)


def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.args[0], "| line", e.args[1][1])


check("if 1:\n\tx = 1\n        y = 2")
check("if 1:\n        x = 1\n\ty = 2")
