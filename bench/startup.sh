#!/usr/bin/env bash
# Start-up benchmark (issue 15): wall and CPU time of the short commands (--help, scenarios, validate of the
# default study by name and as a file) through the vpsim launcher, the whole process as a user sees it.
# A scripted benchmark rather than JMH: what is measured is JVM start, class loading and the first (interpreted)
# run of the code, which an in-process harness would warm away.
#
# Usage: bench/startup.sh [-n REPETITIONS] [LAUNCHER ...]
#   LAUNCHER: a vpsim launcher script (default: ./vpsim of this checkout). With several (e.g. a checkout of
#   the version before a change), their runs alternate, so that a change in the machine's load hits all alike.
# Prints per launcher and command the median and minimum wall time and the median CPU time (user + system, all
# threads: the JIT compiles on a second thread) in seconds. On a shared machine wall time depends on the load:
# compare medians taken together, and read the CPU column too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps=20
if [ "${1:-}" = "-n" ]; then
  reps="$2"
  shift 2
fi
launchers=("$@")
if [ ${#launchers[@]} -eq 0 ]; then
  launchers=("$here/vpsim")
fi
scenario="$here/scenarios/src/main/resources/org/vpsim/scenario/builtin/default-study.json"
commands=("--help" "scenarios" "validate" "validate $scenario")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for l in "${launchers[@]}"; do
  "$l" --version >/dev/null # builds the jar and the class-data archive first when they are missing or stale
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
TIMEFORMAT='%R %U %S'
for ((i = 0; i < reps; i++)); do
  for c in "${!commands[@]}"; do
    for l in "${!launchers[@]}"; do
      # shellcheck disable=SC2086 # the command's words are split on purpose
      { time "${launchers[$l]}" ${commands[$c]} >/dev/null 2>&1; } 2>>"$work/$l.$c"
    done
  done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
printf '%-40s %-12s %9s %9s %9s\n' "launcher" "command" "wall med" "wall min" "CPU med"
for l in "${!launchers[@]}"; do
  for c in "${!commands[@]}"; do
    name="${commands[$c]}"
    [ "$name" = "validate $scenario" ] && name="validate FILE"
    wall_med="$(cut -d' ' -f1 "$work/$l.$c" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}')"
    wall_min="$(cut -d' ' -f1 "$work/$l.$c" | sort -n | head -1)"
    cpu_med="$(awk '{print $2+$3}' "$work/$l.$c" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}')"
    printf '%-40s %-12s %9.3f %9.3f %9.3f\n' "${launchers[$l]}" "$name" "$wall_med" "$wall_min" "$cpu_med"
  done
done
