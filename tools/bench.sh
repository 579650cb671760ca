#!/bin/sh
# The speed figures of the README, by one command (never run by the tests):
#
#   tools/bench.sh            # all: cold start, throughput, cost per phase
#   tools/bench.sh cold       # or one part: cold | memory | throughput | phases
#
# Environment: BENCH_N (reports per input kind for throughput, default 10000), BENCH_KINDS (default
# "md html docx pdf pdftext crawler"), BENCH_THREADS (default "1 2"), BENCH_XMX (heap for throughput and
# memory runs, default 512m). Builds target/gkcheck.jar first if it is missing. Writes its inputs under
# target/bench and prints a table; figures are wall seconds and peak RSS from /usr/bin/time.
set -eu
cd "$(dirname "$0")/.."
part=${1:-all}
N=${BENCH_N:-10000}
KINDS=${BENCH_KINDS:-"md html docx pdf pdftext crawler"}
THREADS=${BENCH_THREADS:-"1 2"}
XMX=${BENCH_XMX:-512m}
SEED=fixtures/samples/000_fbcc47a07046e9b4.txt
[ -f target/gkcheck.jar ] || mvn -q -B package -DskipTests

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one timed run: prints "wall_s peak_rss_mb cpu_s"
timed() {
  /usr/bin/time -f "%e %M %U %S" -o target/bench/time.out "$@" >/dev/null 2>target/bench/stderr.out || true
  awk '{printf "%.2f %.0f %.2f\n", $1, $2/1024, $3+$4}' target/bench/time.out
}

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
       "$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM,"\
       "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

cold() {
  echo "## cold start (median of 5; wall s, peak RSS MB, CPU s); the last line is the jar as the launcher ran it before"
  for what in "java -version" "./gkcheck --version" "./gkcheck check --fail-on never $SEED" \
              "env GKCHECK_NO_CDS=1 ./gkcheck check --fail-on never $SEED" \
              "java -Dfile.encoding=UTF-8 -Xss4m -jar target/gkcheck.jar check --fail-on never $SEED"; do
    rm -f target/bench/cold.out
    for i in 1 2 3 4 5; do
      # shellcheck disable=SC2086
      timed $what >> target/bench/cold.out
    done
    w=$(cut -d' ' -f1 target/bench/cold.out | median)
    m=$(cut -d' ' -f2 target/bench/cold.out | median)
    c=$(cut -d' ' -f3 target/bench/cold.out | median)
    printf '%-62s %6s s %5s MB %6s s CPU\n' "$what" "$w" "$m" "$c"
  done
}

# target/bench/<kind>/NNNNN.<ext>: N hard links to the matrix forms of that kind, in turn
inputs() {
  kind=$1
  case $kind in
    md) file=report.md ext=md ;; html) file=report.html ext=html ;; docx) file=report.docx ext=docx ;;
    pdf) file=report.pdf ext=pdf ;; pdftext) file=report.layout.txt ext=txt ;; crawler) file=report.crawl.txt ext=txt ;;
    seed) file=seed ext=txt ;;
  esac
  N=${N:-10000}
  dir=target/bench/$kind-$N
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    if [ "$kind" = seed ]; then set -- "$SEED"; else set -- fixtures/matrix/*/"$file"; fi
    i=0
    while [ "$i" -lt "$N" ]; do
      for f in "$@"; do
        [ "$i" -lt "$N" ] || break
        ln "$f" "$dir/$(printf '%06d' "$i").$ext" 2>/dev/null || cp "$f" "$dir/$(printf '%06d' "$i").$ext"
        i=$((i + 1))
      done
    done
    touch "$dir/.done"
  fi
  echo "$dir"
}

throughput() {
  echo "## throughput: $N reports per kind, -Xmx$XMX (wall s incl. start-up, reports/s, peak RSS MB, CPU s)"
  for kind in $KINDS; do
    dir=$(inputs "$kind")
    for t in $THREADS; do
      set -- $(GKCHECK_JAVA_OPTS="-Xmx$XMX" timed ./gkcheck check --fail-on never --threads "$t" "$dir")
      printf '%-8s %d thread(s): %7s s %8.1f reports/s %5s MB %7s s CPU\n' "$kind" "$t" "$1" "$(echo "$N $1" | awk '{print $1/$2}')" "$2" "$3"
    done
  done
}

memory() {
  echo "## memory: copies of the seed, -Xmx$XMX, 2 threads (wall s, peak RSS MB, CPU s)"
  for n in ${BENCH_MEMORY_N:-"2000 10000"}; do
    dir=$(N=$n inputs seed)
    set -- $(GKCHECK_JAVA_OPTS="-Xmx$XMX" timed ./gkcheck check --fail-on never --threads 2 "$dir")
    printf '%7d copies: %7s s %5s MB peak RSS %7s s CPU\n' "$n" "$1" "$2" "$3"
  done
}

phases() {
  echo "## cost per report by phase (gkcheck bench, one thread)"
  set --
  for kind in $KINDS; do
    case $kind in
      md) set -- "$@" fixtures/matrix/*/report.md ;; html) set -- "$@" fixtures/matrix/*/report.html ;;
      docx) set -- "$@" fixtures/matrix/*/report.docx ;; pdf) set -- "$@" fixtures/matrix/*/report.pdf ;;
      pdftext) set -- "$@" fixtures/matrix/*/report.layout.txt ;; crawler) set -- "$@" fixtures/matrix/*/report.crawl.txt ;;
    esac
  done
  ./gkcheck bench --warmup "${BENCH_WARMUP:-3}" --rounds "${BENCH_ROUNDS:-5}" "$@"
}

mkdir -p target/bench
machine
case $part in
  cold) cold ;;
  memory) memory ;;
  throughput) throughput ;;
  phases) phases ;;
  all) cold; memory; throughput; phases ;;
  *) echo "usage: tools/bench.sh [all|cold|memory|throughput|phases]" >&2; exit 2 ;;
esac
