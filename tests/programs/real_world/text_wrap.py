# A greedy text-wrapping function with justification, tested at several widths.
TEXT = ("Stackless Python lets a program run many microthreads, called tasklets, "
        "inside one operating-system thread; channels pass values between them "
        "and the scheduler decides who runs next. Supercalifragilisticexpialidocious.")
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - len("".join(words))
    out = ""
    for i in range(gaps):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += words[i] + " " * n
    return out + words[-1]
for width in [20, 32]:
    print("width", width)
    lines = wrap(TEXT, width)
    for i, l in enumerate(lines):
        text = l if i == len(lines) - 1 else justify(l, width)
        print("|" + text.ljust(width) + "|")
print(wrap("", 10), wrap("short", 10), wrap("abcdefghijkl", 5))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | width 20
# | |Stackless     Python|
# | |lets  a  program run|
# | |many   microthreads,|
# | |called     tasklets,|
# | |inside           one|
# | |operating-system    |
# | |thread;     channels|
# | |pass  values between|
# | |them     and     the|
# | |scheduler    decides|
# | |who    runs    next.|
# | |Supercalifragilistic|
# | |expialidocious.     |
# | width 32
# | |Stackless  Python lets a program|
# | |run  many  microthreads,  called|
# | |tasklets,       inside       one|
# | |operating-system         thread;|
# | |channels   pass  values  between|
# | |them  and  the scheduler decides|
# | |who          runs          next.|
# | |Supercalifragilisticexpialidocio|
# | |us.                             |
# | [] ['short'] ['abcde', 'fghij', 'kl']
