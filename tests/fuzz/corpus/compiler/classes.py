class A(B, metaclass=M):
    x: int = 3
    def m(self):
        nonlocal q
        global g
        yield from self.x
