# run-with: python3
# timeout: 60
# tools/makemsgs.py (the compressed error messages of small ports): every message it packs
# in the rewritten sources (without a 0 byte) decodes, by the Huffman code and the phrase
# table it writes, back to the original text.
import glob
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("makemsgs", os.path.join(root, "tools", "makemsgs.py"))
mm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mm)

sources = sorted(glob.glob(os.path.join(root, "py", "*.c")) + glob.glob(os.path.join(root, "extmod", "*.c")))
with tempfile.TemporaryDirectory() as tmp:
    header = os.path.join(tmp, "msgdict.h")
    subprocess.run([sys.executable, os.path.join(root, "tools", "makemsgs.py"), os.path.join(tmp, "src"),
                    header, root, "--"] + sources, check=True)
    text = open(header).read()
    table = [mm.decode_literal(lit) for lit in re.findall(r'^    ("(?:[^"\\]|\\.)*") \\$', text, re.M)]
    table = [t[1:1 + t[0]] for t in table]
    max_len = int(re.search(r"FE_MSG_MAX_LEN (\d+)", text).group(1))
    counts = mm.decode_literal(re.search(r'FE_MSG_CODE_COUNTS ("(?:[^"\\]|\\.)*")', text).group(1))
    symbols = mm.decode_literal(re.search(r'FE_MSG_CODE_SYMBOLS ("(?:[^"\\]|\\.)*")', text).group(1))
    # the canonical code: {(length, code): symbol}
    codes, code, k = {}, 0, 0
    for length, n in enumerate(counts, 1):
        for _ in range(n):
            codes[length, code] = symbols[k]
            code, k = code + 1, k + 1
        code <<= 1

    def expand(data):
        out = bytearray()
        for b in data:
            out += expand(unpack(table[mm.CODES.index(b)])) if not 0x20 <= b < 0x80 else bytes([b])
        return bytes(out)

    def unpack(data):
        """The phrase-coded bytes of a packed message (after its 0x01)."""
        bits = [1 - (b >> i & 1) for b in data for i in range(7, -1, -1)]  # inverted
        stream, run = [], 0
        for b in bits:
            if run == 7:  # the inserted bit (stored 1, so 0 here)
                assert b == 0
                run = 0
                continue
            stream.append(b)
            run = run + 1 if b else 0
        out, code, length = bytearray(), 0, 0
        for b in stream:
            code, length = code << 1 | b, length + 1
            if (length, code) in codes:
                if codes[length, code] == 0:
                    return bytes(out)
                out.append(codes[length, code])
                code = length = 0
        raise ValueError("no end symbol")

    checked = bad = packed_bytes = plain_bytes = 0
    for path in sources:
        original = mm.find_messages(open(path).read())
        rewritten_src = open(os.path.join(tmp, "src", os.path.relpath(path, root))).read()
        rewritten = mm.find_messages(rewritten_src.split("\n", 1)[1])
        assert rewritten_src.startswith('#line 1 "%s"\n' % path)
        packed = mm.find_messages(rewritten_src, packed=True)
        assert len(packed) == len(original) and rewritten == [], path
        for (_, _, want), (_, _, got) in zip(original, packed):
            checked += 1
            bad += 0 in got or expand(unpack(got[1:])) != want or len(want) > max_len
            packed_bytes += len(got)
            plain_bytes += len(want)
print("messages checked:", checked > 500)
print("all expand to their original text:", bad == 0)
print("compressed to under 60%:", packed_bytes < 0.6 * plain_bytes)
print("table entries:", 0 < len(table) <= len(mm.CODES))
