# The builtin exception hierarchy: parents, MRO membership, except matching by base class.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "OverflowError",
    "ZeroDivisionError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
    "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
    "RuntimeError", "RecursionError", "NotImplementedError", "SyntaxError",
    "IndentationError", "TypeError", "ValueError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "Warning"]
import builtins
for n in names:
    t = getattr(builtins, n)
    bases = [b.__name__ for b in (BaseException, Exception, ArithmeticError, LookupError,
                                  ImportError, NameError, RuntimeError, SyntaxError,
                                  ValueError, UnicodeError, Warning, OSError) if issubclass(t, b)]
    print(n, t.__name__, bases)

def catch(exc, spec):
    try:
        raise exc
    except spec:
        return "caught"
    except BaseException as e:
        return "escaped " + type(e).__name__

print(catch(ZeroDivisionError, ArithmeticError), catch(KeyError("k"), LookupError))
print(catch(IndexError, (KeyError, ValueError)), catch(UnicodeDecodeError("a", b"", 0, 0, "r"), ValueError))
print(catch(ModuleNotFoundError, ImportError))
print(catch(KeyboardInterrupt, Exception), catch(SystemExit, Exception), catch(GeneratorExit, BaseException))
print(catch(RecursionError, RuntimeError), catch(NotImplementedError, RuntimeError), catch(UnboundLocalError, NameError))
print(catch(StopIteration, Exception), catch(Exception, ()), catch(ValueError, (TypeError, OSError, ValueError)))
print(catch(Warning, Exception))
