# Two tasklets bounce a counter over two channels: the smallest Stackless
# program that shows blocking, hand-off and who runs next.
import stackless

to_pong = stackless.channel()
to_ping = stackless.channel()


def ping(rounds):
    ball = 0
    for i in range(rounds):
        print("ping sends", ball)
        to_pong.send(ball)
        ball = to_ping.receive()
    print("ping is done with", ball)


def pong(rounds):
    for i in range(rounds):
        ball = to_pong.receive()
        print("pong got", ball, "and returns", ball + 1)
        to_ping.send(ball + 1)


stackless.tasklet(ping)(3)
stackless.tasklet(pong)(3)
stackless.run()
print("tasklets left:", stackless.getruncount() - 1)
