# sys.argv, sys.path and __name__ of a script run as `ferrite cli_argv.py`
# skip-mpy: it is about running a source file (-m NAME sets argv[0] and sys.path differently)
import sys
print(sys.argv)
print(__name__)
print(type(sys.path).__name__, sys.path[0].endswith("cli"))
print(sys.modules["__main__"].__name__)
print(sys.byteorder in ("little", "big"), sys.maxsize > 2 ** 30)
print(sys.version_info[0], type(sys.version).__name__)
print(sys.platform == "linux")
print(sys.implementation.name in ("cpython", "ferrite"))
