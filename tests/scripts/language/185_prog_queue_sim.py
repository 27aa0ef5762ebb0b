# program: an event-driven queue simulation with lists as queues and dicts as records
arrivals = [(0, "c1", 3), (1, "c2", 2), (2, "c3", 4), (6, "c4", 1), (7, "c5", 2), (7, "c6", 5), (15, "c7", 1)]
tellers = {"t1": None, "t2": None}
busy_until = {"t1": 0, "t2": 0}
queue = []
log = []
waits = {}
time = 0
pending = list(arrivals)
finished = 0
while finished < len(arrivals):
    while pending and pending[0][0] == time:
        t, name, service = pending.pop(0)
        queue.append((name, service, t))
        log.append(str(time).rjust(2) + " arrive " + name)
    for teller in tellers:
        if tellers[teller] is not None and busy_until[teller] == time:
            log.append(str(time).rjust(2) + " done   " + tellers[teller] + " at " + teller)
            tellers[teller] = None
            finished += 1
    for teller in tellers:
        if tellers[teller] is None and queue:
            name, service, arrived = queue.pop(0)
            tellers[teller] = name
            busy_until[teller] = time + service
            waits[name] = time - arrived
            log.append(str(time).rjust(2) + " start  " + name + " at " + teller)
    time += 1
    if time > 100:
        break
for line in log:
    print(line)
print(waits)
print("average wait", sum(waits.values()) / len(waits), "max wait", max(waits.values()))
print("finished at", time - 1)
