#!/usr/bin/env bash
# Coverage-guided fuzzing of gkcheck's inputs (Jazzer, libFuzzer underneath): runs each target of
# src/test/java/cn/gkcheck/fuzz/InputFuzzTest.java in turn, one at a time, for the minutes given.
#
#   tools/fuzz.sh [minutes] [target...]     default: 10 minutes; html docx pdf json text markdown crawler pdftext
#
# Each target starts from its seeds (InputFuzzTestInputs/<target>/ on the test class path: fixtures copied there
# by the build, and the regression inputs in src/test/resources/cn/gkcheck/fuzz/InputFuzzTestInputs/<target>/) and
# keeps the inputs it found interesting in .cifuzz-corpus/ (not committed). A crash, an internal error or an
# input that runs longer than FUZZ_TIMEOUT seconds (default 60: a hang) is a finding; the target goes on to
# FUZZ_KEEP_GOING distinct findings (default 20) or the time given. Jazzer writes each finding
# into the seed folder as crash-<sha1>: rename it for what it shows, fix the defect, and commit both, so every
# mvn test replays it. The log of each target is target/fuzz/<target>.log; the libFuzzer lines (#N ... exec/s)
# show the executions.
#
# Build first (mvn -o -B package -DskipTests). Runs nice'd: fuzzing keeps a core busy.
set -uo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-10}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(html docx pdf json text markdown crawler pdftext)
timeout_s="${FUZZ_TIMEOUT:-60}"
mkdir -p target/fuzz

status=0
for t in "${targets[@]}"; do
  log="target/fuzz/$t.log"
  echo "fuzzing $t for $minutes min from $(date -u +%H:%M:%S) UTC ($log)"
  # jazzer.internal.arg.N are passed to libFuzzer after the ones @FuzzTest sets, so they win:
  # arg.0 stands for argv[0]; -max_total_time replaces @FuzzTest's maxDuration; a slow input is only a finding
  # past the timeout (the machine is shared: 10 s, libFuzzer's default, is reached by ordinary inputs there).
  JAZZER_FUZZ=1 nice -n 10 mvn -o -B test -Dtest="InputFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.keep_going="${FUZZ_KEEP_GOING:-20}" \
      -Djazzer.internal.arg.0=fuzz \
      -Djazzer.internal.arg.1=-max_total_time=$((minutes * 60)) \
      -Djazzer.internal.arg.2=-timeout=$timeout_s \
      -Djazzer.internal.arg.3=-print_final_stats=1 \
      -Djazzer.internal.arg.4=-report_slow_units=$timeout_s \
      >"$log" 2>&1
  rc=$?
  echo "  ended $(date -u +%H:%M:%S) UTC; findings: $(grep -cE 'Test unit written to .*/(crash|timeout|oom)-' "$log")"
  grep -E '^#[0-9]+ +(DONE|pulse)|stat::number_of_executed_units|stat::average_exec_per_sec|Tests run:' "$log" | tail -4
  if [ $rc -ne 0 ]; then
    echo "  $t: FAILED (exit $rc) — see $log"
    status=1
  fi
done
exit $status
