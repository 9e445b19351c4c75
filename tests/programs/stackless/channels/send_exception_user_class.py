# stackless channels: send_exception with a user exception class; the receiver can inspect its type and message.
import stackless


class JobFailed(Exception):
    pass


class Timeout(JobFailed):
    pass


ch = stackless.channel()
results = []


def consumer():
    while True:
        try:
            v = ch.receive()
        except Timeout as e:
            results.append("timeout:" + str(e))
            continue
        except JobFailed as e:
            results.append("failed:" + str(e))
            continue
        if v is None:
            break
        results.append("ok:" + str(v))


stackless.tasklet(consumer)()
stackless.run()
ch.send(1)
ch.send_exception(JobFailed, "disk full")
ch.send(2)
ch.send_exception(Timeout, "30s")
ch.send(None)
print(results)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ['ok:1', 'failed:disk full', 'ok:2', 'timeout:30s']
