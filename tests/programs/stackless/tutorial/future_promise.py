# stackless tutorial: futures resolved by worker tasklets; any number of tasklets can wait on a future before or after it resolves.
import stackless


class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.error = None
        self.waiters = stackless.channel()

    def set_result(self, value):
        self.value = value
        self._finish()

    def set_error(self, error):
        self.error = error
        self._finish()

    def _finish(self):
        self.done = True
        while self.waiters.balance < 0:
            self.waiters.send(None)

    def result(self):
        if not self.done:
            self.waiters.receive()
        if self.error is not None:
            raise self.error
        return self.value


def spawn(func, *args):
    f = Future()

    def runner():
        try:
            f.set_result(func(*args))
        except Exception as e:
            f.set_error(e)

    stackless.tasklet(runner)()
    return f


def slow_square(x):
    for i in range(x):
        stackless.schedule()
    return x * x


def failing(x):
    stackless.schedule()
    raise ValueError(f"cannot handle {x}")


futures = [spawn(slow_square, 3), spawn(failing, 7), spawn(slow_square, 1)]


def waiter(name, f):
    try:
        print(name, "got", f.result())
    except ValueError as e:
        print(name, "got error", e)


stackless.tasklet(waiter)("w0", futures[0])
stackless.tasklet(waiter)("w0b", futures[0])
stackless.tasklet(waiter)("w1", futures[1])
stackless.run()
print("late read:", futures[2].result(), futures[0].result())
stackless.tasklet(waiter)("w2", futures[2])
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | w1 got error cannot handle 7
# | w0 got 9
# | w0b got 9
# | late read: 1 9
# | w2 got 1
