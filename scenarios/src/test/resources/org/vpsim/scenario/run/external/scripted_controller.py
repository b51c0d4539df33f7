#!/usr/bin/env python3
"""A test controller that behaves, or misbehaves, as its first argument says.

good             : ready; every command boluses announcedCarbsGrams / 10 and echoes what it received
                   in info ("start" once, "observation" each time); on end writes "end received" to stderr
crash N          : like good, but raises an exception at observation number N (1-based)
hang N           : like good, but sleeps forever at observation number N
garbage          : answers the first observation with a line that is not JSON
command-first    : answers the start line with a command instead of ready
double-answer    : answers every observation twice
protocol-2       : says ready with protocol 2
noisy-crash      : writes 50 numbered lines to stderr, then exits with code 3 at the first observation
ignore-end       : like good, but keeps running after end (vpsim must kill it)
"""
import json
import sys
import time

mode = sys.argv[1]
arg = int(sys.argv[2]) if len(sys.argv) > 2 else 0


def send(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


start = None
count = 0
for line in sys.stdin:
    msg = json.loads(line)
    if msg["type"] == "start":
        start = msg
        if mode == "command-first":
            send({"type": "command", "bolusUnits": 0})
            continue
        send({"type": "ready", "protocol": 2 if mode == "protocol-2" else 1, "name": "scripted " + mode})
    elif msg["type"] == "observation":
        count += 1
        if mode == "crash" and count == arg:
            print("about to divide by zero", file=sys.stderr, flush=True)
            1 / 0
        if mode == "hang" and count == arg:
            time.sleep(3600)
        if mode == "garbage":
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
            continue
        if mode == "noisy-crash":
            for i in range(1, 51):
                print(f"noise line {i}", file=sys.stderr)
            sys.stderr.flush()
            sys.exit(3)
        command = {"type": "command", "bolusUnits": msg["announcedCarbsGrams"] / 10, "tempBasal": None,
                   "suspend": False, "resume": False, "futureField": [1, 2, 3],
                   "info": {"count": count, "observation": msg}}
        if count == 1:
            command["info"]["start"] = start
        send(command)
        if mode == "double-answer":
            send(command)
    elif msg["type"] == "end":
        print("end received", file=sys.stderr, flush=True)
        if mode == "ignore-end":
            time.sleep(3600)
        break
