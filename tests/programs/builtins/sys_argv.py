# sys.argv holds the script name followed by the command-line arguments.
# args: one "two words" 3
import sys
print(sys.argv[0])
print(len(sys.argv), sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print(total)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | sys_argv.py
# | 4 ['one', 'two words', '3']
# | 3
