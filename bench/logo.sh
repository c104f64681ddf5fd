#!/usr/bin/env bash
# bench/logo.sh — issue 15's logo benchmark: what a 3 MB PNG emblem on every page costs a 60-briefing build.
#
#   bench/logo.sh [--runs N] [--no-build]
#
# Builds the JIT briefc and the corpus generator (Release), generates the 60-briefing corpus twice — once plain,
# once with a briefc.yaml naming a 3.0 MB PNG of noise (1000 × 1000 RGB, which deflate cannot shrink) as the
# `emblem` with `every_page: true` — and times `briefc build DIR --format pdf --force` on each, alternating
# plain/emblem N times (default 5) after one untimed warm-up of each, with /usr/bin/time. CPU seconds (user +
# system) are the figure to compare on a busy machine; wall times are printed too. With BENCH_BASE_BRIEFC (another
# briefc executable or .dll, e.g. a build of the base commit) each round runs base and this tree's briefc
# alternately on both corpora, so the two are measured under the same load.
# Prints the stage times (--timings) of the last run of each. Checks that every emblem PDF holds the image exactly once (one 3 MB image stream), and prints the load
# average at the start and the end. Output on stdout and in bench/results/logo.txt (gitignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
RESULTS=$BENCH/results
WORK=$RESULTS/logo
RUNS=${BENCH_RUNS:-5}
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "usage: bench/logo.sh [--runs N] [--no-build]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
note() { echo "logo.sh: $*" >&2; }
[ -x /usr/bin/time ] || { note "needs /usr/bin/time (the Debian package 'time')"; exit 1; }
command -v python3 >/dev/null || { note "needs python3 (to write the noise PNG)"; exit 1; }

NEW=$ROOT/src/Briefc/bin/Release/net10.0/briefc
BENCHTOOL=$BENCH/BriefingCompiler.Benchmarks/bin/Release/net10.0/BriefingCompiler.Benchmarks
if [ "$BUILD" = 1 ]; then
  mkdir -p "$RESULTS"
  note "building the JIT briefc and the corpus generator (Release)"
  dotnet build "$ROOT/src/Briefc/Briefc.csproj" -c Release -nologo -v quiet >"$RESULTS/logo-build.log" 2>&1 \
    || { cat "$RESULTS/logo-build.log" >&2; exit 1; }
  dotnet build "$BENCH/BriefingCompiler.Benchmarks/BriefingCompiler.Benchmarks.csproj" -c Release -nologo -v quiet \
    >>"$RESULTS/logo-build.log" 2>&1 || { cat "$RESULTS/logo-build.log" >&2; exit 1; }
fi

# A .dll runs through `dotnet`; anything else is an executable.
runner() { case "$1" in *.dll) echo "dotnet $1" ;; *) echo "$1" ;; esac; }
BRIEFCS=("new=$(runner "$NEW")")
[ -n "${BENCH_BASE_BRIEFC:-}" ] && BRIEFCS=("base=$(runner "$BENCH_BASE_BRIEFC")" "${BRIEFCS[@]}")

rm -rf "$WORK"
mkdir -p "$WORK"
"$BENCHTOOL" corpus 60 "$WORK/plain" >&2
cp -r "$WORK/plain" "$WORK/emblem"
mkdir -p "$WORK/emblem/assets"
# 1000 × 1000 RGB noise from a fixed seed: the same 3.0 MB file every time.
python3 - "$WORK/emblem/assets/emblem.png" <<'PY'
import random, struct, sys, zlib
w = h = 1000
rng = random.Random(15)
raw = b"".join(b"\0" + rng.randbytes(w * 3) for _ in range(h))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
cat >"$WORK/emblem/briefc.yaml" <<'YAML'
briefc: 1
emblem:
  image: assets/emblem.png
  organisation: Governmental Advisory Committee
  every_page: true
YAML
EMBLEM_BYTES=$(stat -c %s "$WORK/emblem/assets/emblem.png")

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# run NAME CORPUS: one timed build into a fresh folder; appends "NAME CORPUS cpu wall rss" to the samples.
run() {
  local name=$1 corpus=$2 cmd=$3 out=$WORK/out-$1-$2
  rm -rf "$out"
  # Built from inside the corpus: briefc reads the briefc.yaml of the folder it runs in.
  (cd "$WORK/$corpus" && /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" $cmd build . --out "$out" --format pdf --force -q --timings) \
    >"$WORK/build.log" 2>"$WORK/timings-$name-$corpus.txt" || { cat "$WORK/build.log" "$WORK/timings-$name-$corpus.txt" >&2; note "$name $corpus: build failed"; exit 1; }
  awk -v n="$name" -v c="$corpus" '{printf "%s %s %.2f %.2f %d\n", n, c, $1+$2, $3, $4/1024}' "$WORK/time" >>"$WORK/samples"
}
: >"$WORK/samples"
for entry in "${BRIEFCS[@]}"; do
  for corpus in plain emblem; do run "${entry%%=*}" "$corpus" "${entry#*=}"; done
done
: >"$WORK/samples" # the warm-up round is not counted
for ((i = 0; i < RUNS; i++)); do
  for entry in "${BRIEFCS[@]}"; do
    for corpus in plain emblem; do run "${entry%%=*}" "$corpus" "${entry#*=}"; done
  done
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# Each emblem PDF must carry the image once: one image stream at least the PNG's size, the file about one image
# bigger than its plain twin (not one per page).
check() {
  local name=$1 bad=0 pdf
  for pdf in "$WORK/out-$name-emblem"/*.pdf; do
    local big
    big=$(python3 - "$pdf" "$EMBLEM_BYTES" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
print(sum(1 for m in re.finditer(rb"/Length (\d+)", data) if int(m.group(1)) >= int(sys.argv[2]) * 0.9))
PY
)
    [ "$big" = 1 ] || { note "$pdf: $big streams of the emblem's size (expected 1)"; bad=1; }
  done
  local plain emblem pdfs
  plain=$(cat "$WORK/out-$name-plain"/*.pdf | wc -c)
  emblem=$(cat "$WORK/out-$name-emblem"/*.pdf | wc -c)
  pdfs=$(ls "$WORK/out-$name-emblem"/*.pdf | wc -l)
  echo "$name: $pdfs PDFs, $plain B plain, $emblem B with the emblem: +$(( (emblem - plain) / pdfs )) B per PDF (the PNG: $EMBLEM_BYTES B)$([ $bad = 0 ] && echo ', the image once in each')"
}

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
{
  echo "Logo benchmark: 60 corpus briefings, briefc build --format pdf --force, $RUNS alternating rounds after a warm-up"
  echo "load average at start: $LOAD_START; at end: $LOAD_END ($(nproc) cores)"
  echo
  echo "| briefc | corpus | CPU s (user+sys), each run | median CPU s | median wall s | max RSS MiB |"
  echo "|---|---|---|---|---|---|"
  for entry in "${BRIEFCS[@]}"; do
    name=${entry%%=*}
    for corpus in plain emblem; do
      rows=$(awk -v n="$name" -v c="$corpus" '$1==n && $2==c' "$WORK/samples")
      echo "| $name | $corpus | $(awk '{printf "%s%s", sep, $3; sep=", "}' <<<"$rows") | $(awk '{print $3}' <<<"$rows" | median) | $(awk '{print $4}' <<<"$rows" | median) | $(awk '{print $5}' <<<"$rows" | sort -g | tail -n 1) |"
    done
    plain=$(awk -v n="$name" '$1==n && $2=="plain" {print $3}' "$WORK/samples" | median)
    emblem=$(awk -v n="$name" '$1==n && $2=="emblem" {print $3}' "$WORK/samples" | median)
    echo "| $name | emblem vs plain | | $(awk -v a="$plain" -v b="$emblem" 'BEGIN {printf "%+.1f %%", (b/a-1)*100}') | | |"
  done
  echo
  for entry in "${BRIEFCS[@]}"; do check "${entry%%=*}"; done
  echo
  echo "Stage times of the last run of each (briefc build --timings, summed over the build's briefings):"
  for entry in "${BRIEFCS[@]}"; do
    for corpus in plain emblem; do echo "-- ${entry%%=*} $corpus"; cat "$WORK/timings-${entry%%=*}-$corpus.txt"; done
  done
} | tee "$RESULTS/logo.txt"
