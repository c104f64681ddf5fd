#!/usr/bin/env bash
# How a build scales with the number of briefings: wall time, CPU and peak memory of one `briefc build`
# (HTML + PDF) over generated corpora of N briefings, for each N given (default 1000 3000 10000).
#
#   bench/scale.sh [--no-build] [N ...]
#
# Uses the native briefc (published to bench/results/native, as bench/run.sh does) and the corpus generator of
# bench/BriefingCompiler.Benchmarks. Output: a table on stdout and in bench/results/scale.txt. A build whose
# memory grows with N holds something per briefing it should not (issue 20, item 13: outputs are written as each
# briefing is ready, so peak memory should stay flat and time grow linearly).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/bench/results
WORK=$RESULTS/scale
BUILD=1
SIZES=()
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    [0-9]*) SIZES+=("$arg") ;;
    *) echo "usage: bench/scale.sh [--no-build] [N ...]" >&2; exit 2 ;;
  esac
done
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 3000 10000)
[ -x /usr/bin/time ] || { echo "bench/scale.sh needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

BRIEFC=${BENCH_BRIEFC:-$RESULTS/native/briefc}
BENCHTOOL=$ROOT/bench/BriefingCompiler.Benchmarks/bin/Release/net10.0/BriefingCompiler.Benchmarks
if [ "$BUILD" = 1 ]; then
  mkdir -p "$RESULTS"
  [ -n "${BENCH_BRIEFC:-}" ] || dotnet publish src/Briefc/Briefc.csproj -c Release -o "$RESULTS/native" -nologo -v quiet >"$RESULTS/publish.log" 2>&1
  dotnet build bench/BriefingCompiler.Benchmarks/BriefingCompiler.Benchmarks.csproj -c Release -nologo -v quiet >"$RESULTS/build.log" 2>&1
fi

rm -rf "$WORK"
mkdir -p "$WORK"
{
  echo "# briefc build scaling — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
  echo
  echo "| briefings | wall | CPU | peak memory | per briefing |"
  echo "|---|---|---|---|---|"
  for n in "${SIZES[@]}"; do
    "$BENCHTOOL" corpus "$n" "$WORK/corpus$n" >/dev/null
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time$n" "$BRIEFC" build "$WORK/corpus$n" --format html,pdf --out "$WORK/out$n" >"$WORK/build$n.log" 2>&1 \
      || { echo "build of $n failed: see $WORK/build$n.log" >&2; exit 1; }
    read -r wall user sys rss <"$WORK/time$n"
    awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
      'BEGIN { printf "| %d | %.1f s | %.1f s | %.0f MiB | %.1f ms |\n", n, w, u + s, r / 1024, 1000 * w / n }'
    rm -rf "$WORK/out$n" "$WORK/corpus$n"
  done
} | tee "$RESULTS/scale.txt"
