# builtin exception classes beyond the core set; `raise ... from` with a bad cause
for exc in [SystemError, ReferenceError, TimeoutError, FileNotFoundError, FileExistsError,
            PermissionError, IsADirectoryError, NotADirectoryError, InterruptedError,
            BlockingIOError, ChildProcessError, ProcessLookupError, ConnectionError,
            BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, EncodingWarning]:
    print(exc.__name__, exc.__bases__[0].__name__, repr(exc('x')), str(exc('msg')))
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, OSError), issubclass(UnicodeTranslateError, ValueError))
print(str(FileNotFoundError(2, 'No such file', 'a.txt')), FileNotFoundError(2, 'nf').errno)
try:
    raise FileNotFoundError("missing")
except OSError as e:
    print(type(e).__name__, e)
try:
    open_ = TimeoutError
    raise open_
except TimeoutError as e:
    print(repr(e))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
