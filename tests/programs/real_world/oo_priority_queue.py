# A hand-written binary min-heap priority queue class with __len__, __bool__ and stable ties.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return len(self.heap) > 0

    def _less(self, i, j):
        return self.heap[i][:2] < self.heap[j][:2]

    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                l = 2 * i + 1
                r = l + 1
                smallest = i
                if l < n and self._less(l, smallest):
                    smallest = l
                if r < n and self._less(r, smallest):
                    smallest = r
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        return top[0], top[2]

    def peek(self):
        return self.heap[0][0], self.heap[0][2]


pq = PriorityQueue()
for pri, task in [(5, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (4, "review"), (3, "debug")]:
    pq.push(pri, task)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
x = 12345
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    pq.push(x % 1000, i)
out = []
while pq:
    out.append(pq.pop()[0])
print(out == sorted(out), len(out), out[:5], out[-3:])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 6 (1, 'plan')
# | (1, 'plan')
# | (1, 'coffee')
# | (3, 'test')
# | (3, 'debug')
# | (4, 'review')
# | (5, 'write')
# | IndexError: pop from empty priority queue
# | True 200 [0, 1, 2, 4, 4] [982, 994, 995]
