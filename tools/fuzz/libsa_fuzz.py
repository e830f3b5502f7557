# tools/fuzz/libsa_fuzz.py: random-input fuzzing of json.loads/dumps, struct formats,
# binascii and array, run BY FERRITE (build it with ASan/UBSan, e.g. `make BUILD=build-asan
# EXTRA_CFLAGS='-fsanitize=address,undefined' EXTRA_LDFLAGS='-fsanitize=address,undefined'`):
#   build-asan/ferrite tools/fuzz/libsa_fuzz.py [iterations] [seed]
# Every call must either return or raise an ordinary exception; the sanitizers catch the rest.
import sys
import json, struct, binascii, array

n_iter = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
state = int(sys.argv[2]) if len(sys.argv) > 2 else 12345

def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n

JSON_SEEDS = ['{"a": [1, 2.5e3, -0, "x\\u00e9\\ud83d\\ude00", true, false, null], "b": {}}',
              '[[[[]]], {"k": "\\n\\t\\"\\\\"}, 1e400, -1.5E-3, NaN, -Infinity]', '"\\u12"', '']
JSON_ALPHA = '{}[]",:0123456789.eE+-truefalsenull\\u "abc\x01\xe9\U0001f600 \n\t'

def mutate(s, alpha):
    s = list(s)
    for _ in range(1 + rnd(6)):
        op = rnd(4)
        pos = rnd(len(s) + 1)
        if op == 0 and s:
            del s[min(pos, len(s) - 1)]
        elif op == 1:
            s.insert(pos, alpha[rnd(len(alpha))])
        elif op == 2 and s:
            s[min(pos, len(s) - 1)] = alpha[rnd(len(alpha))]
        else:
            s = s[:pos]
    return ''.join(s)

STRUCT_ALPHA = '@=<>!xcbB?hHiIlLqQnNefdspP0123456789 #z'
counts = {}
for i in range(n_iter):
    s = mutate(JSON_SEEDS[rnd(len(JSON_SEEDS))], JSON_ALPHA)
    try:
        v = json.loads(s)
        r = json.dumps(v)
        json.loads(r)
        json.dumps(v, indent=rnd(3), sort_keys=False, separators=(',', ':'))
        counts['json-ok'] = counts.get('json-ok', 0) + 1
    except (ValueError, RecursionError, TypeError) as e:
        counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
    try:
        json.loads(s.encode())
    except (ValueError, RecursionError, TypeError):
        pass
    fmt = ''.join(STRUCT_ALPHA[rnd(len(STRUCT_ALPHA))] for _ in range(rnd(8)))
    try:
        size = struct.calcsize(fmt)
        if size < 4096:
            data = bytes(rnd(256) for _ in range(size))
            vals = struct.unpack(fmt, data)
            struct.pack(fmt, *vals)
            buf = bytearray(size + 8)
            struct.pack_into(fmt, buf, rnd(9), *vals)
            struct.unpack_from(fmt, buf, rnd(9) - 4)
        counts['struct-ok'] = counts.get('struct-ok', 0) + 1
    except (struct.error, ValueError, OverflowError, TypeError) as e:
        counts['struct-' + type(e).__name__] = counts.get('struct-' + type(e).__name__, 0) + 1
    junk = bytes(rnd(256) for _ in range(rnd(12)))
    for f in (binascii.unhexlify, binascii.a2b_base64, binascii.hexlify, binascii.b2a_base64, binascii.crc32):
        try:
            f(junk)
        except (ValueError, TypeError):
            pass
    try:
        a = array.array('bBhHiIlLqQfd'[rnd(12)], junk[: len(junk) // 8 * 8])
        a[rnd(3) - 1: rnd(5): rnd(3) - 1 or 1] = a[rnd(4):]
    except (ValueError, TypeError, IndexError, OverflowError):
        pass
print(sorted(counts.items()))
