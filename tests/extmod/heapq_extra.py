# heapq's heapreplace, heappushpop, nlargest, nsmallest (FE_HEAPQ_EXTRA: off on the micro:bit firmware)
import heapq
l=[9,8,7,6,5,4,3,2,1]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 10), l, heapq.heappushpop(l, 0), heapq.heappushpop(l, 6), l)
print(heapq.nlargest(3,[1,5,2,8,3]), heapq.nsmallest(2,[4,1,3]), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
print(heapq.heappushpop([], 3), heapq.nsmallest(-1, [1]))
try: heapq.heapreplace([], 1)
except IndexError as e: print(e)
