# str(), repr() and args of exception instances, for each argument count and special type.
for e in [Exception(), Exception("msg"), Exception("a", 1), Exception(None), Exception(("t",)),
          ValueError(""), TypeError(3), RuntimeError([1, 2]), BaseException("b")]:
    print(repr(str(e)), repr(e), e.args)
# KeyError shows the key's repr
for e in [KeyError(), KeyError("k"), KeyError(1), KeyError("a", "b"), KeyError("")]:
    print(repr(str(e)), repr(e))
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
# OSError with errno and strerror
for e in [OSError(), OSError("plain"), OSError(2, "ENOENT"), OSError(13, "EACCES", "file.txt"), OSError(1, 2, 3, 4, 5), OSError(1, 2, 3, 4, 5, 6)]:
    print(repr(str(e)), e.args, e.errno, e.strerror)
print(OSError(2, "x", "f").filename, OSError(2, "x").filename)
# StopIteration, SystemExit
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
# SyntaxError location
e = SyntaxError("bad", ("dir/file.py", 3, 5, "x = $\n"))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(str(SyntaxError("m")), str(SyntaxError()), SyntaxError("m").lineno)
print(str(SyntaxError("m", (None, 4, 1, None))), str(SyntaxError("m", ("f.py", None, 1, None))))
print(isinstance(IndentationError("i"), SyntaxError), str(TabError("t", ("t.py", 1, 1, "\tx"))))
# ImportError
e = ImportError("no module", name="mod", path="/p")
print(e, e.name, e.path, e.msg, e.args)
print(ImportError().name, ModuleNotFoundError("m").msg)
# assigning args
e = ValueError(1)
e.args = ("x", "y")
print(e, repr(e))
e.args = [7]
print(e, e.args)

def err(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)

err(lambda: ValueError(x=1))
err(lambda: KeyError("a", b=2))
err(lambda: ImportError("m", bogus=1))
