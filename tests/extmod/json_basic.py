import json
for s in ['', ' ', '{', '{"a" 1}', '{"a":1,}', '{"a":1 "b"}', '[1,]', '[1 2]', '"abc', r'"a\x"', r'"\u12"', r'"\u12g4"', '1 2', 'nul', '-', '01', '1.', '1e', '"\x01"', '[1,\n 2,\n x]', '"é" x', '{1:2}', 'NaN', '-Infinity', '[]]', r'"\ud83d\ude00"', r'"\ud83dx"', '1.5e3', '-0', '-0.0', '1E+2', '{"a":{"b":[true,false,null]}}', r'"\\"', r'"\/\b\f\n\r\t"', '[', '[1', '{"a"', '{"a":', '{"a":1', 't', 'true1', '"\\', '"\\u', '\t[ 1 , 2 ]\r\n', '123456789012345678901234567890', '-12.5E-3', '{"a":1,"a":2,"b":3}', r'"\u00e9\u20AC"', '"é€😀"', 'Infinity', '-', '-a', '[-]', '{"":0}', '0.1', '2e400', '-2e400', '1e-400', 'infinity', 'nan', '[true,false,null]', '"a\tb"']:
    try: print(repr(s), repr(json.loads(s)))
    except ValueError as e: print(repr(s), type(e).__name__, e)
print(json.dumps([1, 2.5, 'a"\\\n\x01\x1f\x7fé\U0001f600\u20ac', None, True, False, {'k': [], 'j': {}}, (1,), float('nan'), float('inf'), -float('inf'), 1e16, 0.1, -0.0, 10**30, {1: 2, 2.5: 3, True: 4, None: 5, False: 6}]))
print(json.dumps([1,{'a':2}], separators=(',', ':')), json.dumps([1, 2], separators=('; ', '=')))
print(json.dumps([]), json.dumps({}), json.dumps("x"), json.dumps(3), json.dumps(None))
for o in [{(1,): 2}, object(), b'x', {1j}]:
    try: json.dumps(o)
    except TypeError as e: print(e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.loads(1)
except TypeError as e: print(e)
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a": "\xc3\xa9"}')), issubclass(json.JSONDecodeError, ValueError))
try: json.loads('[1,')
except json.JSONDecodeError as e: print('JSONDecodeError', e)
import io
f = io.StringIO(); json.dump({'x': [1, 2]}, f); print(f.getvalue())
print(json.load(io.StringIO('{"y": [3, 4.5]}')))
class F:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
f = F(); json.dump([1, "a"], f); print(''.join(f.data))
class R:
    def read(self): return '[null]'
print(json.load(R()))
try: json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e: print('RecursionError')
deep = []
for i in range(10000): deep = [deep]
try: json.dumps(deep)
except RecursionError as e: print('RecursionError')
d = json.loads('[' * 500 + ']' * 500); print(len(json.dumps(d)))
print(json.loads('{"b": 1, "a": [1, 2, {"c": null}]}'))
