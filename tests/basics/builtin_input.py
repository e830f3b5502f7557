# input() at the end of input (the test runner gives an empty stdin): EOFError, prompt shown.
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
try:
    input()
except EOFError as e:
    print("EOFError again", e.args)
try:
    input(1, 2)
except TypeError as e:
    print("TypeError", e)
