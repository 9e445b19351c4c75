# timeout: 30
# stackless large: the "chinese whispers" chain: 5,000 tasklets linked by channels each add one to a number passed down the line.
import stackless

N = 5000


def whisper(left, right):
    right.send(left.receive() + 1)


leftmost = stackless.channel()
left = leftmost
for i in range(N):
    right = stackless.channel()
    stackless.tasklet(whisper)(left, right)
    left = right
stackless.run()
print("blocked receivers on the first channel:", leftmost.balance)
leftmost.send(0)
print("rightmost got", right.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | blocked receivers on the first channel: -1
# | rightmost got 5000
