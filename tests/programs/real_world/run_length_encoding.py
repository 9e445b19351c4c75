# Run-length encoding and decoding of strings, with round-trip checks.
def encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    n = 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(str(n) + prev)
            prev = ch
            n = 1
    out.append(str(n) + prev)
    return "".join(out)
def decode(s):
    out = []
    digits = ""
    for ch in s:
        if ch.isdigit():
            digits += ch
        else:
            if not digits:
                raise ValueError("missing count before " + repr(ch))
            out.append(ch * int(digits))
            digits = ""
    if digits:
        raise ValueError("dangling count " + digits)
    return "".join(out)
samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "", "a", "abc", "aabbbcccc", "ééé日日", "x" * 120]
for s in samples:
    e = encode(s)
    print(repr(e), decode(e) == s, len(s), len(e))
for bad in ["3", "a", "2a3"]:
    try:
        decode(bad)
    except ValueError as err:
        print("bad input", repr(bad), "->", err)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | '12W1B12W3B24W1B14W' True 67 18
# | '' True 0 0
# | '1a' True 1 2
# | '1a1b1c' True 3 6
# | '2a3b4c' True 9 6
# | '3é2日' True 5 4
# | '120x' True 120 4
# | bad input '3' -> dangling count 3
# | bad input 'a' -> missing count before 'a'
# | bad input '2a3' -> dangling count 3
