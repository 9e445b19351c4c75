# Direct and mutual recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(0), fib(1), fib(10), fib(20))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append(a + c)
    hanoi(n - 1, b, a, c, moves)
moves = []
hanoi(4, "A", "B", "C", moves)
print(len(moves), moves[:5])
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    out = []
    for r in rest:
        out.append(r)
        out.append([items[0]] + r)
    return out
print(sorted(power_set([1, 2, 3])))
