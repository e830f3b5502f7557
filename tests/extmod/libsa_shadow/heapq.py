# A user module named like a builtin micro-library: found first on sys.path.
def heappush(heap, item):
    heap.append(("shadow", item))
