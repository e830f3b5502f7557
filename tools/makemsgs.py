#!/usr/bin/env python3
"""Compresses the error messages of a small port's build.

    makemsgs.py SRCDIR HEADER TOP -- SOURCE.c ...

Finds every message written as string literals directly in a call
`fe_raise_msg(type, "...")` or `fe_raise_fmt(type, "...", ...)` (or of another raiser in
RAISERS, or as a branch `c ? "..." : "..."` of the argument), picks (greedily) up to 159
phrases whose replacement by one symbol saves the most over all messages, and writes:
  SRCDIR/<path relative to TOP>   each source with those literals replaced by the
                                  compressed form, after a #line naming the original;
  HEADER                          the phrase table, the Huffman code and FE_MSG_MAX_LEN.

Compression is in two steps. First each phrase of the table is replaced by a byte of its own,
0x80 + i for phrase i < 128 and i - 127 after (a phrase may itself contain codes of earlier
phrases; bytes 0x20..0x7f stand for themselves).
Then the resulting bytes, and a 0 byte that ends the message, are written with a canonical
Huffman code built over all messages and phrases (phrases are stored coded the same way),
most significant bit first and each bit inverted (so the short, frequent codes are mostly
1 bits); after every run of seven 0 bits a 1 bit is
inserted, and the last byte is padded with 1 bits. A compressed literal is the byte 0x01
followed by those bits. It holds no 0 byte, so the linker still merges it with equal
literals and suffixes as a string. py/msgtext.c expands it when the exception is raised.
Messages with non-ASCII bytes or control characters are left as they are. Files are only rewritten
when their content changes, so make recompiles just what changed.
"""
import collections
import heapq
import os
import re
import sys

MARKER = 1
# phrase i is the symbol CODES[i]: 0x80..0xff, then the control characters 0x01..0x1f, which
# messages do not hold (0 is the end symbol)
CODES = list(range(0x80, 0x100)) + list(range(0x01, 0x20))
# the functions whose message (argument number n from 0) is compressed: ones that pass it on
# to fe_raise_msg or fe_raise_fmt unchanged, which expand it, or that expand it themselves with
# fe_msg_expand (the helpers of extmod/re_engine.c and extmod/modjson.c)
RAISERS = {"fe_raise_msg": 1, "fe_raise_fmt": 1, "struct_error": 0, "comp_error": 1,
           "comp_error_at": 1, "dec_error": 1, "enter_level": 1, "fe_compile_syntax_error": 2}
TOKEN = re.compile(r'''
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:[^'\\\n]|\\.)*')
  | (?P<ident>[A-Za-z_]\w*)
  | (?P<punct>[(),])
  | (?P<other>\s+|.)
''', re.S | re.X)
ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, '"': 34, "'": 39, "a": 7, "b": 8,
           "f": 12, "v": 11, "?": 63}


def tokens(src):
    """(kind, text, start, end) for every token but comments and white space."""
    for m in TOKEN.finditer(src):
        if m.lastgroup != "comment" and m.group().strip():
            yield m.lastgroup, m.group(), m.start(), m.end()


def decode_literal(lit):
    """The bytes of a C string literal (without the quotes' escapes)."""
    body, out, i = lit[1:-1], bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode()
            i += 1
            continue
        e = body[i + 1]
        if e == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(), 16) & 0xFF)
            i += 2 + len(m.group())
        elif e in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(), 8) & 0xFF)
            i += 1 + len(m.group())
        else:
            out.append(ESCAPES[e])
            i += 2
    return bytes(out)


def encode_literal(data):
    """A C string literal for bytes: printable ASCII as is, the rest as 3-digit octal."""
    out = []
    for b in data:
        if 32 <= b < 127 and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def find_messages(src, packed=False):
    """[(start, end, message bytes)]: the literal messages of raiser calls, i.e. runs of string
    literals that are a raiser's message argument or, at its top level, a branch of a
    conditional expression (`c ? "a" : "b"`). With packed, the already compressed ones of a
    rewritten source instead."""
    toks = list(tokens(src))
    found = []
    for i, (kind, text, _, _) in enumerate(toks):
        if kind != "ident" or text not in RAISERS or i + 1 >= len(toks) or toks[i + 1][1] != "(":
            continue
        depth, arg, j = 1, 0, i + 2
        while j < len(toks) and depth > 0:
            t = toks[j][1]
            if depth == 1 and arg == RAISERS[text] and toks[j][0] == "string" and \
                    toks[j - 1][1] in ("(", ",", "?", ":"):
                k = j
                while k < len(toks) and toks[k][0] == "string":
                    k += 1
                data = b"".join(decode_literal(toks[n][1]) for n in range(j, k))
                ok = all(0x20 <= b < 0x80 for b in data) if not packed else data[:1] == bytes([MARKER])
                if k < len(toks) and toks[k][1] in (",", ")", ":") and ok:
                    found.append((toks[j][2], toks[k - 1][3], data))
                j = k
                continue
            depth += t == "("
            depth -= t == ")"
            arg += depth == 1 and t == ","
            j += 1
    return found


def phrases(m):
    """Candidate phrases of a message: runs of up to 32 bytes from a word's start to a
    word's end (with the space after it, if any)."""
    starts = [w.start() for w in re.finditer(rb"(?<![A-Za-z_%'])[A-Za-z_%'(]", m)]
    ends = [w.end() for w in re.finditer(rb"[A-Za-z_)'] ?(?![A-Za-z_])", m)]
    return {m[s:e] for s in starts for e in ends if s + 2 < e <= s + 32}


def build_table(messages):
    """Greedy: for each code of CODES in turn, the phrase saving the most bytes over all
    messages becomes that code and is replaced in them (so later phrases may contain earlier codes). Returns the
    table and the compressed messages."""
    table, work = [], list(messages)
    gain = lambda p, n: n * (len(p) - 1) - (len(p) + 1)
    for code in CODES:
        count = collections.Counter()
        for m in work:
            for p in phrases(m):
                count[p] += m.count(p)
        best = max(count, key=lambda p: (gain(p, count[p]), p), default=None)
        if best is None or gain(best, count[best]) <= 0:
            break
        table.append(best)
        work = [m.replace(best, bytes([code])) for m in work]
    return table, work


def code_lengths(freq):
    """{symbol: bit length} of a Huffman code for the symbol frequencies."""
    if len(freq) < 2:
        return {s: 1 for s in freq}
    heap = [(n, i, [s]) for i, (s, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    lengths = dict.fromkeys(freq, 0)
    while len(heap) > 1:
        n1, _, s1 = heapq.heappop(heap)
        n2, i, s2 = heapq.heappop(heap)
        for s in s1 + s2:
            lengths[s] += 1
        heapq.heappush(heap, (n1 + n2, i, s1 + s2))
    return lengths


def canonical(lengths):
    """(counts, symbols, codes): the number of codes of each length 1.., the symbols in code
    order (by length, then value) and {symbol: (code, length)}. Codes of one length are
    consecutive numbers; the first code of length l + 1 is twice the one after the last code
    of length l (what msgtext.c's decoder relies on)."""
    symbols = sorted(lengths, key=lambda s: (lengths[s], s))
    counts = [0] * max(lengths.values())
    codes, code, length = {}, 0, 1
    for s in symbols:
        while length < lengths[s]:
            code, length = code << 1, length + 1
        codes[s] = (code, length)
        counts[length - 1] += 1
        code += 1
    return counts, symbols, codes


def huffman(texts):
    """Codes the phrase-substituted texts (messages and phrases, each ended by a 0 symbol)
    with one canonical Huffman code. Returns the code's (counts, symbols) and the texts'
    bit streams (see the top: inverted, stuffed, padded)."""
    freq = collections.Counter()
    for m in texts:
        freq.update(m + b"\0")
    counts, symbols, codes = canonical(code_lengths(freq))
    packed = []
    for m in texts:
        bits, run = [], 0
        for s in m + b"\0":
            code, length = codes[s]
            for i in reversed(range(length)):
                bits.append(1 - (code >> i & 1))
                run = 0 if bits[-1] else run + 1
                if run == 7:
                    bits.append(1)
                    run = 0
        bits += [1] * (-len(bits) % 8)
        packed.append(bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)))
    return counts, symbols, packed


def write_if_changed(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        with open(path) as f:
            if f.read() == text:
                return
    except OSError:
        pass
    with open(path, "w") as f:
        f.write(text)


def main():
    srcdir, header, top = sys.argv[1:4]
    sources = sys.argv[sys.argv.index("--") + 1:]
    texts = {p: open(p).read() for p in sources}
    found = {p: find_messages(s) for p, s in texts.items()}
    messages = sorted({m for f in found.values() for _, _, m in f})
    table, work = build_table(messages)
    counts, symbols, packed = huffman(work + table)
    table = packed[len(work):]
    packed = dict(zip(messages, (bytes([MARKER]) + p for p in packed)))
    for path, src in texts.items():
        out, pos = ['#line 1 "%s"\n' % path], 0
        for start, end, data in found[path]:
            out += [src[pos:start], encode_literal(packed[data])]
            pos = end
        out.append(src[pos:])
        rel = os.path.relpath(path, top)
        write_if_changed(os.path.join(srcdir, rel), "".join(out))
    longest = max((len(m) for m in messages), default=0)
    hdr = ["// Generated by tools/makemsgs.py. Do not edit.",
           "// %d distinct messages: %d bytes as written, %d compressed, table %d." % (
               len(messages), sum(len(m) + 1 for m in messages),
               sum(len(m) + 1 for m in packed.values()), sum(len(w) + 1 for w in table)),
           "#define FE_MSG_MAX_LEN %d" % longest,
           "// Phrase i of the table is symbol 0x80 + i (i - 127 from 128 on) of a message (or a later",
           "// phrase); each entry is its length byte then its bit stream (coded as a message).",
           "#define FE_MSG_WORDS \\"]
    for w in table:
        hdr.append("    %s \\" % encode_literal(bytes([len(w)]) + w))
    hdr.append('    ""')
    hdr.append("// Number of Huffman codes of each length 1, 2, ..., then their symbols in code order.")
    hdr.append("#define FE_MSG_CODE_COUNTS %s" % encode_literal(bytes(counts)))
    hdr.append("#define FE_MSG_CODE_SYMBOLS %s" % encode_literal(bytes(symbols)))
    write_if_changed(header, "\n".join(hdr) + "\n")


if __name__ == "__main__":
    main()
