#!/usr/bin/env python3
"""An example vpsim controller speaking the external controller protocol, version 1.

vpsim starts this program once per patient x arm and talks to it in JSON lines on stdin/stdout:

    vpsim -> us   {"type":"start", ...}          once: patient, therapy, pump limits, our settings
    us -> vpsim   {"type":"ready","protocol":1,"name":...}
    vpsim -> us   {"type":"observation", ...}    at every CGM sample and meal announcement
    us -> vpsim   {"type":"command", ...}        exactly one line per observation
    vpsim -> us   {"type":"end"}                 last; we exit

Anything written to stdout must be a protocol line; diagnostics go to stderr, which vpsim saves in
the run directory (controller-logs/<arm>/<patient>.stderr.log) and quotes when something goes wrong.

The algorithm (the Java plug-in example in examples/java-plugin implements the same rules, and a
test checks that both give identical results):

1. Meal bolus, as a pump's bolus wizard computes it, when carbs are announced:
       bolus = carbs / carbRatio + (CGM - target) / ISF - IOB,   floored at 0
   The correction term is negative below target (it takes insulin off the meal bolus); without a
   CGM reading the correction is left out. IOB is the pump's own figure from the observation.
2. Low-glucose suspend (threshold suspend, as the devices evaluated in ASPIRE, Bergenstal et al.,
   N Engl J Med 2013;369:224-32): when CGM <= lowSuspendMgDl the pump is suspended. Delivery
   resumes
     - when the user responds (here: announces carbs, which also gets the meal bolus), or
     - when CGM >= resumeMgDl after at least minSuspendMinutes, or
     - after maxSuspendMinutes at the latest; after such a time-out resume no new suspend is started
       for lockoutMinutes (the MiniMed 530G resumes basal for 4 h when nobody responds).

Only the Python standard library is used; any Python 3.8 or later runs it.
"""

import json
import math
import sys

PROTOCOL = 1
NAME = "example-python-bolus-lgs 1.0"

# Settings this controller understands: name -> (default, lowest, highest). The scenario's
# controller.settings object reaches us untouched in the start line.
SETTINGS = {
    "lowSuspendMgDl": (70.0, 40.0, 150.0),
    "resumeMgDl": (90.0, 40.0, 250.0),
    "minSuspendMinutes": (30.0, 0.0, 240.0),
    "maxSuspendMinutes": (120.0, 5.0, 240.0),
    "lockoutMinutes": (240.0, 0.0, 1440.0),
}


def log(*parts):
    """Diagnostics go to stderr (never stdout: that is the protocol channel)."""
    print(*parts, file=sys.stderr, flush=True)


def send(message):
    """Writes one protocol line and flushes, so vpsim sees it at once (a pipe is block-buffered)."""
    sys.stdout.write(json.dumps(message, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def read_settings(given):
    """Our settings with defaults; an unknown key or a value out of range stops us with a clear message."""
    problems = []
    values = {}
    for key, (default, low, high) in SETTINGS.items():
        value = given.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            problems.append(f"settings.{key}: {value!r} is not a number from {low:g} to {high:g}")
        else:
            values[key] = float(value)
    for key in given:
        if key not in SETTINGS:
            problems.append(f"settings.{key}: unknown setting; known: {', '.join(SETTINGS)}")
    if not problems and values["resumeMgDl"] < values["lowSuspendMgDl"]:
        problems.append("settings.resumeMgDl: must not be below lowSuspendMgDl")
    if problems:
        for p in problems:
            log("controller.py:", p)
        sys.exit(2)  # vpsim reports the exit with these stderr lines
    return values


class BolusLgsController:
    """The algorithm for one patient. State: when we suspended, and until when we may not."""

    def __init__(self, start):
        therapy = start["therapy"]
        self.carb_ratio = therapy["carbRatioGramsPerUnit"]  # g/U
        self.isf = therapy["isfMgDlPerUnit"]  # mg/dL per U
        self.target = therapy["targetMgDl"]  # mg/dL
        s = read_settings(start.get("settings") or {})
        self.low = s["lowSuspendMgDl"]
        self.resume_level = s["resumeMgDl"]
        self.min_suspend = s["minSuspendMinutes"]
        self.max_suspend = s["maxSuspendMinutes"]
        self.lockout = s["lockoutMinutes"]
        self.suspended_at = None  # minute we suspended the pump, while it stays suspended
        self.no_suspend_before = -math.inf  # minute; set after a suspension ran to its limit
        log(f"start {start['patient']} / {start['arm']}: CR {self.carb_ratio} g/U, ISF {self.isf} mg/dL/U, "
            f"target {self.target} mg/dL, suspend at <= {self.low} mg/dL")

    def decide(self, obs):
        minute = obs["minute"]
        cgm = obs["cgmMgDl"]  # None when the sensor gave no reading
        carbs = obs["announcedCarbsGrams"]
        status = obs["pump"]["status"]
        for event in obs["pumpEvents"]:
            if event["kind"] in ("bolus-refused", "temp-basal-refused", "alarm"):
                log(f"minute {minute}: pump {event['kind']}: {event.get('reason', '')}")

        if status != "suspended":
            self.suspended_at = None  # resumed (by us or anyone else), or never suspended

        suspend = resume = False
        reason = ""
        if self.suspended_at is not None:
            elapsed = minute - self.suspended_at
            if carbs > 0:
                resume, reason = True, "resume: the user responds (meal announced)"
            elif elapsed >= self.max_suspend:
                resume, reason = True, "resume: suspension reached its limit"
                self.no_suspend_before = minute + self.lockout
            elif elapsed >= self.min_suspend and cgm is not None and cgm >= self.resume_level:
                resume, reason = True, "resume: glucose recovered"
            if resume:
                self.suspended_at = None
        elif (status == "running" and cgm is not None and cgm <= self.low
              and carbs == 0 and minute >= self.no_suspend_before):
            suspend, reason = True, "suspend: CGM at or below the low threshold"
            self.suspended_at = minute

        bolus = 0.0
        if carbs > 0 and (status == "running" or resume):
            # Bolus wizard: meal part + correction (negative below target) - insulin on board, >= 0.
            if cgm is not None:
                bolus = carbs / self.carb_ratio + (cgm - self.target) / self.isf - obs["iobUnits"]
            else:
                bolus = carbs / self.carb_ratio - obs["iobUnits"]
            bolus = max(0.0, bolus)
            reason = (reason + "; " if reason else "") + "meal bolus"

        if suspend or resume:
            log(f"minute {minute}: {reason} (CGM {cgm})")
        return {"type": "command", "bolusUnits": bolus, "tempBasal": None,
                "suspend": suspend, "resume": resume, "info": {"reason": reason} if reason else {}}


def main():
    controller = None
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "start":
            if message.get("protocol") != PROTOCOL:
                log(f"controller.py: vpsim speaks protocol {message.get('protocol')}, this controller {PROTOCOL}")
                return 2
            controller = BolusLgsController(message)
            send({"type": "ready", "protocol": PROTOCOL, "name": NAME})
        elif kind == "observation":
            send(controller.decide(message))
        elif kind == "end":
            log("end")
            return 0
        # Any other type is from a later protocol version: ignore it, as the protocol asks.
    return 0


if __name__ == "__main__":
    sys.exit(main())
