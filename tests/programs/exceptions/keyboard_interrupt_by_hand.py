# KeyboardInterrupt raised by hand unwinds through finally and is caught by name.
def work():
    try:
        raise KeyboardInterrupt
    finally:
        print("cleanup")
try:
    work()
except KeyboardInterrupt as e:
    print("interrupted", repr(e))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | cleanup
# | interrupted KeyboardInterrupt()
