// py/qstrdefs.h: interned strings that are not C identifiers, for tools/makeqstrs.py.
// Identifier-like names need no entry: writing Q_name in C source is enough.
QDEF(Q_empty, "")
QDEF(Q_lt_module_gt, "<module>")
QDEF(Q_lt_lambda_gt, "<lambda>")
QDEF(Q_lt_listcomp_gt, "<listcomp>")
QDEF(Q_lt_dictcomp_gt, "<dictcomp>")
QDEF(Q_lt_setcomp_gt, "<setcomp>")
QDEF(Q_lt_genexpr_gt, "<genexpr>")
QDEF(Q_lt_stdin_gt, "<stdin>")
QDEF(Q_lt_string_gt, "<string>")
QDEF(Q_star, "*")
QDEF(Q_dot, ".")
QDEF(Q_slash, "/")
