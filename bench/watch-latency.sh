#!/usr/bin/env bash
# bench/watch-latency.sh — save-to-new-PDF time of `briefc watch` with the native briefc.
#
#   bench/watch-latency.sh [--no-build] [--saves N]
#
# Publishes the native briefc (as bench/run.sh does, into bench/results/native) unless --no-build, starts
# `briefc watch` on a copy of the founding briefing (briefings/icann81-gac-alac.zh.yaml, HTML + PDF), then N times
# (default 20): changes the briefing (a comment line, so its bytes change and it is rebuilt) and times from the write
# until the PDF in out/ is replaced (a new file renamed into place), polling every 0.2 ms. The first save is a warm-up
# and not counted. Prints the median, the fastest and the slowest, and the watch's own per-rebuild times; the table
# also goes to bench/results/watch-latency.txt. The target (issue 19): median under 100 ms.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS=$ROOT/bench/results
NATIVE=$RESULTS/native
SAVES=20
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --saves) SAVES=$2; shift 2 ;;
    *) echo "usage: bench/watch-latency.sh [--no-build] [--saves N]" >&2; exit 2 ;;
  esac
done

mkdir -p "$RESULTS"
if [ "$BUILD" = 1 ]; then
  dotnet publish "$ROOT/src/Briefc" -c Release -o "$NATIVE" -v q -nologo >&2
fi
BRIEFC=${BENCH_BRIEFC:-$NATIVE/briefc}
[ -x "$BRIEFC" ] || { echo "no native briefc at $BRIEFC; run without --no-build" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'kill "$WATCH" 2>/dev/null || true; wait "$WATCH" 2>/dev/null || true; rm -rf "$WORK"' EXIT
mkdir -p "$WORK/briefings"
cp "$ROOT/briefings/icann81-gac-alac.zh.yaml" "$WORK/briefings/"
printf 'briefc: 1\n' > "$WORK/briefc.yaml"
(cd "$WORK" && exec "$BRIEFC" watch > "$WORK/watch.log" 2>&1) &
WATCH=$!

python3 - "$WORK" "$SAVES" <<'PY' | tee "$RESULTS/watch-latency.txt"
import os, statistics, sys, time
work, saves = sys.argv[1], int(sys.argv[2])
log = os.path.join(work, "watch.log")
source = os.path.join(work, "briefings", "icann81-gac-alac.zh.yaml")
pdf = os.path.join(work, "out", "icann81-gac-alac.zh.pdf")

def wait_for(predicate, seconds=60):
    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            sys.exit("timed out; watch log:\n" + open(log).read())
        time.sleep(0.0002)

wait_for(lambda: "Watching " in open(log).read())
original = open(source, "rb").read()
times = []
for i in range(saves + 1):
    before = os.stat(pdf)
    start = time.monotonic()
    with open(source, "wb") as f:
        f.write(original + f"# save {i}\n".encode())
    wait_for(lambda: (lambda s: s.st_ino != before.st_ino or s.st_mtime_ns != before.st_mtime_ns)(os.stat(pdf)))
    elapsed = (time.monotonic() - start) * 1000
    if i > 0:
        times.append(elapsed)
    time.sleep(0.3)  # let the rebuild's summary line out before the next save
own = [float(l.rsplit("(", 1)[1].split(" ms")[0]) for l in open(log).read().splitlines() if l.startswith("Rebuilt ")][2:]
print(f"founding briefing (zh, HTML + PDF), {saves} saves, native briefc watch")
print(f"save → new PDF:  median {statistics.median(times):.1f} ms, fastest {min(times):.1f} ms, slowest {max(times):.1f} ms")
if own:
    print(f"rebuild as watch reports it (from the end of the quiet period): median {statistics.median(own):.1f} ms")
PY
