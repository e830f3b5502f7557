# Small-heap smoke test (runs on the 16 KB micro:bit): classes.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' makes a sound'


class Dog(Animal):
    def speak(self):
        return super().speak() + ': woof'


print(Dog('rex').speak(), isinstance(Dog('a'), Animal))

