# Class-heavy work: object creation, method calls, attribute reads and writes,
# inheritance and a property (an n-body style simulation with integer vectors).
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Body:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def step(self):
        self.pos = self.pos.add(self.vel)

    @property
    def energy(self):
        return self.mass * self.vel.norm1()


class HeavyBody(Body):
    def step(self):
        super().step()
        self.vel = self.vel.scale(1)


def simulate(n, steps):
    bodies = []
    for i in range(n):
        cls = HeavyBody if i % 3 == 0 else Body
        bodies.append(cls(Vec(i, -i), Vec(i % 7 - 3, i % 5 - 2), 1 + i % 4))
    total = 0
    for s in range(steps):
        for b in bodies:
            b.step()
            total += b.energy
        total %= 1000000007
    return total


print("checksum", simulate(200, 12000))
