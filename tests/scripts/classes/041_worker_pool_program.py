# A small program in the style of a threading tutorial, without threads: tasks, workers, a
# queue, a context-managed lock stand-in, custom exceptions and reporting.
class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"task {task.name!r} failed: {reason}")
        self.task = task

class Task:
    _next_id = 1
    def __init__(self, name, cost):
        self.id = Task._next_id
        Task._next_id += 1
        self.name = name
        self.cost = cost
        self.done = False
    def run(self):
        if self.cost < 0:
            raise TaskError(self, "negative cost")
        self.done = True
        return self.cost * 2
    def __repr__(self):
        return f"Task#{self.id}({self.name}, cost={self.cost})"
    def __lt__(self, other):
        return self.cost < other.cost

class FakeLock:
    def __init__(self):
        self.locked = False
        self.acquisitions = 0
    def __enter__(self):
        assert not self.locked
        self.locked = True
        self.acquisitions += 1
        return self
    def __exit__(self, *exc):
        self.locked = False
        return False

class Queue:
    def __init__(self, tasks=()):
        self._items = list(tasks)
    def put(self, task): self._items.append(task)
    def get(self): return self._items.pop(0)
    def __len__(self): return len(self._items)
    def __bool__(self): return bool(self._items)
    def __iter__(self): return iter(list(self._items))

class Worker:
    def __init__(self, name, lock, results):
        self.name, self.lock, self.results = name, lock, results
        self.completed = []
    def work(self, queue):
        while queue:
            with self.lock:
                task = queue.get()
            try:
                value = task.run()
            except TaskError as e:
                self.results.append((self.name, str(e)))
                continue
            self.completed.append(task)
            self.results.append((self.name, value))
    def __str__(self):
        return f"{self.name}: {len(self.completed)} done"

class PriorityWorker(Worker):
    def work(self, queue):
        ordered = Queue(sorted(queue))
        while queue:
            queue.get()
        super().work(ordered)

tasks = [Task("parse", 3), Task("load", 1), Task("bad", -1), Task("save", 2)]
lock = FakeLock()
results = []
q = Queue(tasks)
print(len(q), list(q))
w1 = Worker("w1", lock, results)
w1.work(q)
print(w1, results, lock.acquisitions, lock.locked)
q2 = Queue([Task("z", 5), Task("a", 4)])
w2 = PriorityWorker("w2", lock, results)
w2.work(q2)
print(w2, [t.name for t in w2.completed], results[-2:])
print(sorted(tasks), [t.done for t in tasks])
print(f"{'worker':<8}|{'done':>5}")
for w in (w1, w2):
    print(f"{w.name:<8}|{len(w.completed):>5}")
