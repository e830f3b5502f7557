# Classes: method calls, attribute access, inheritance, properties and special methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel

    @property
    def energy(self):
        return self.vel.dot(self.vel)

    def step(self):
        self.pos = self.pos + self.vel


class Heavy(Particle):
    def step(self):
        super().step()
        self.vel = Vec(self.vel.x * 0.5, self.vel.y * 0.5)


def simulate(n, steps):
    ps = [Particle(Vec(i, 0), Vec(1, 2)) if i % 2 else Heavy(Vec(0, i), Vec(2, 1)) for i in range(n)]
    e = 0
    for _ in range(steps):
        for p in ps:
            p.step()
            e += p.energy
    return e

print(simulate(400, 500))
