import json, struct
class I(int): pass
class F(float): pass
class S(str): pass
class L(list): pass
class D(dict): pass
print(json.dumps([I(5), F(2.5), S("s"), L([1]), D(a=1), (1, 2), True]))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=" "), json.dumps([1], indent=-1))
print(json.dumps(1.0), json.dumps(-1e-7), json.dumps(123456789.0), json.dumps(2**70), json.dumps(-5))
print(json.loads('  {"a" : [ 1 , { } , [ ] ] }  '), json.loads('"\\u0000"') == '\x00')
print(json.dumps("\u2028\ud800"), json.dumps("\x00"))
print(struct.calcsize('@bd'), struct.calcsize('@be'), struct.calcsize('@bqb'), struct.calcsize('=bd'), struct.calcsize('@3sd'), struct.calcsize('@P?'))
print(struct.pack('@bi', 1, 2), struct.pack('>bi', 1, 2))
try: json.dumps({1: 2}, separators=(1, 2))
except TypeError as e: print('TypeError')
try: json.dump([1], 5)
except AttributeError as e: print('AttributeError')
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
try: json.dumps({"b": 1, 2: 2}, sort_keys=True)
except TypeError as e: print(e)
try: json.dumps([float('nan')], allow_nan=False)
except ValueError as e: print(e)
print(json.dumps({1: 2, (1,): 3, 'a': 4}, skipkeys=True), json.dumps({(1,): 3, 'a': 4}, skipkeys=True, indent=1))
