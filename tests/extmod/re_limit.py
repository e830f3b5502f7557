# re: a catastrophic-backtracking pattern raises instead of hanging (Ferrite's step limit;
# CPython would run for a very long time, hence the .exp file).
try:
    import ure as re
except ImportError:
    import re

try:
    re.match("(x+x+)+y", "x" * 40)
    print("matched?")
except RuntimeError as e:
    print("RuntimeError", e)
# the engine is usable afterwards
print(re.match("(x+x+)+y", "xxy").group())
