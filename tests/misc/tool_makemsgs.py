# run-with: python3
# timeout: 60
# tools/makemsgs.py (the compressed error messages of small ports): every message it packs
# in the rewritten sources expands, by the table it writes, back to the original text.
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

    def expand(data):
        out = bytearray()
        for b in data:
            out += expand(table[b - 0x80]) if b >= 0x80 else bytes([b])
        return bytes(out)

    checked = bad = packed_bytes = plain_bytes = 0
    for path in sources:
        original = mm.find_messages(open(path).read())
        rewritten_src = open(os.path.join(tmp, "src", os.path.relpath(path, root))).read()
        rewritten = mm.find_messages(rewritten_src.split("\n", 1)[1])
        assert rewritten_src.startswith('#line 1 "%s"\n' % path)
        # the rewritten literals start with 0x01, so find_messages skips them: find them by position
        lits = re.findall(r'(?:fe_raise_msg|fe_raise_fmt)\(\s*[^,]*,\s*("\\001(?:[^"\\]|\\.)*")', rewritten_src)
        assert len(lits) == len(original) and rewritten == [], path
        for (_, _, want), lit in zip(original, lits):
            got = mm.decode_literal(lit)
            checked += 1
            bad += expand(got[1:]) != want or len(want) > max_len
            packed_bytes += len(got)
            plain_bytes += len(want)
print("messages checked:", checked > 500)
print("all expand to their original text:", bad == 0)
print("compressed to under 60%:", packed_bytes < 0.6 * plain_bytes)
print("table entries:", 0 < len(table) <= 127)
