# Recursive Fibonacci: call overhead (frame push/pop, argument binding, small-int add).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("checksum", fib(30))
