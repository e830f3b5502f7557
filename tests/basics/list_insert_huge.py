# list.insert with an index beyond a machine word raises OverflowError (list.index clamps)
l = [1, 2]
for i in (10**30, -10**30):
    try:
        l.insert(i, 9)
    except OverflowError as e:
        print("OverflowError", e)
print(l)
l.insert(100, 3)
l.insert(-100, 0)
print(l)
print(l.index(3, -10**30, 10**30))
