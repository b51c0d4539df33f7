#!/usr/bin/env python3
"""A meal-bolus controller that misbehaves for one patient, for the containment tests.

Usage: faulty_controller.py MODE PATIENT MINUTE
For every patient but PATIENT it boluses carbs / carbRatio at each announcement. For PATIENT, from
the first observation at or after MINUTE, it
  crash   : raises an exception (exit code 1, a traceback on stderr)
  hang    : stops answering (sleeps)
  garbage : writes a line that is not JSON
"""
import json
import sys
import time

mode, bad_patient, from_minute = sys.argv[1], sys.argv[2], float(sys.argv[3])
carb_ratio = None
misbehave = False
for line in sys.stdin:
    msg = json.loads(line)
    if msg["type"] == "start":
        carb_ratio = msg["therapy"]["carbRatioGramsPerUnit"]
        misbehave = msg["patient"] == bad_patient
        print(f"start {msg['patient']}", file=sys.stderr, flush=True)
        sys.stdout.write(json.dumps({"type": "ready", "protocol": 1, "name": "faulty " + mode}) + "\n")
        sys.stdout.flush()
    elif msg["type"] == "observation":
        if misbehave and msg["minute"] >= from_minute:
            print(f"misbehaving ({mode}) at minute {msg['minute']}", file=sys.stderr, flush=True)
            if mode == "crash":
                raise RuntimeError("simulated controller bug")
            if mode == "hang":
                time.sleep(3600)
            if mode == "garbage":
                sys.stdout.write("<html>not a command</html>\n")
                sys.stdout.flush()
                continue
        bolus = msg["announcedCarbsGrams"] / carb_ratio
        sys.stdout.write(json.dumps({"type": "command", "bolusUnits": bolus}) + "\n")
        sys.stdout.flush()
    elif msg["type"] == "end":
        break
