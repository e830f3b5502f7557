# Assigning an instance's __class__ (FE_TYPE_CLASS_ASSIGN; off on the micro:bit).
class Cls:
    pass
class Other:
    def hi(self): return 'hi'
c = Cls()
c.__class__ = Other
print(c.hi(), type(c).__name__, isinstance(c, Other))
for bad in (int, 5):
    try:
        c.__class__ = bad
    except TypeError as e:
        print('TypeError')
print(type(c).__name__)
