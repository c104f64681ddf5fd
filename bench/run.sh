#!/usr/bin/env bash
# bench/run.sh — whole-process benchmarks of briefc, side by side with Typst on the same inputs.
#
#   bench/run.sh [--runs N] [--no-typst] [--no-build] [--no-jit]
#
# Publishes briefc as users get it (`dotnet publish src/Briefc -c Release`: a native executable, Native AOT)
# into bench/results/native, builds the JIT briefc (`dotnet build -c Release`) as a reference, generates the
# corpus (bench/BriefingCompiler.Benchmarks `corpus N DIR`), then times the executables directly (no
# `dotnet run`: process start is what users see):
#   (a) the founding briefing (briefings/icann81-gac-alac.zh.yaml) → HTML + PDF
#   (b) 60 corpus briefings in one `briefc build`
#   (c) a no-op rebuild of 240 corpus briefings (only if briefc builds incrementally)
# and, unless --no-jit, (a) and (b) again with the JIT briefc (what `dotnet run` and the framework-dependent
# tool package run), as reference rows, checking that both wrote the same files;
# and the founding PDF's size. With node (and npm to install bench/typst/node_modules) it runs the
# Typst peer (bench/typst/compile.mjs + briefing.typ, Typst 0.14 through
# @myriaddreamin/typst-ts-node-compiler 0.7.0) on the same files in the same run and prints
# briefc/Typst ratios. Each figure: median wall time of N runs after one untimed warm-up run,
# peak memory (max RSS over the runs) and CPU use from /usr/bin/time.
# Output: a plain table on stdout and in bench/results/latest.txt (gitignored).
#
# Environment: BENCH_FONTS (fonts for Typst, default <repo>/fonts), BENCH_RUNS (default 5),
# BENCH_BRIEFC (another briefc executable to time, e.g. an older build; default the native publish).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
RESULTS=$BENCH/results
WORK=$RESULTS/work
RUNS=${BENCH_RUNS:-5}
FONTS=${BENCH_FONTS:-$ROOT/fonts}
FOUNDING=$ROOT/briefings/icann81-gac-alac.zh.yaml
# The founding briefing has two audience editions (members, public); time one document, as Typst makes one and as
# earlier figures did. A briefc older than editions has no --audience and builds the one document anyway.
EDITION=()
WITH_TYPST=1
BUILD=1
WITH_JIT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --no-typst) WITH_TYPST=0; shift ;;
    --no-build) BUILD=0; shift ;;
    --no-jit) WITH_JIT=0; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--no-typst] [--no-build] [--no-jit]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

note() { echo "run.sh: $*" >&2; }
NOTES=()   # remarks printed under the table
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
if awk -v l="$LOAD_AT_START" -v n="$(nproc)" 'BEGIN {exit !(l > n)}'; then
  NOTES+=("the machine was busy (load average $LOAD_AT_START at start, $(nproc) cores): wall times are inflated; compare ratios and CPU times")
fi

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    note "/usr/bin/time is missing: installing the Debian package 'time' (apt-get install -y time)"
    NOTES+=("installed the Debian package 'time' for /usr/bin/time")
    { apt-get update -qq && apt-get install -y -qq time; } >/dev/null 2>&1 || true
  fi
fi
if [ ! -x "$TIME" ]; then
  NOTES+=("/usr/bin/time not available (install the Debian package 'time'): peak memory and CPU not measured")
  TIME=""
fi

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
NATIVE=$RESULTS/native/briefc
BRIEFC=${BENCH_BRIEFC:-$NATIVE}
JIT=$ROOT/src/Briefc/bin/Release/net10.0/briefc
BENCHTOOL=$BENCH/BriefingCompiler.Benchmarks/bin/Release/net10.0/BriefingCompiler.Benchmarks
if [ "$BUILD" = 1 ]; then
  mkdir -p "$RESULTS"
  if [ -z "${BENCH_BRIEFC:-}" ]; then
    note "publishing the native briefc (dotnet publish src/Briefc -c Release: Native AOT, ~1 min the first time)"
    dotnet publish "$ROOT/src/Briefc/Briefc.csproj" -c Release -o "$RESULTS/native" -nologo -v quiet >"$RESULTS/publish.log" 2>&1 \
      || { cat "$RESULTS/publish.log" >&2; note "the native briefc does not publish"; exit 1; }
  fi
  note "building the JIT briefc and the corpus generator (Release)"
  dotnet build "$ROOT/src/Briefc/Briefc.csproj" -c Release -nologo -v quiet >"$RESULTS/build.log" 2>&1 \
    || { cat "$RESULTS/build.log" >&2; note "briefc does not build"; exit 1; }
  dotnet build "$BENCH/BriefingCompiler.Benchmarks/BriefingCompiler.Benchmarks.csproj" -c Release -nologo -v quiet \
    >>"$RESULTS/build.log" 2>&1 || { cat "$RESULTS/build.log" >&2; note "the benchmark project does not build"; exit 1; }
fi
[ -x "$BRIEFC" ] || { note "no $BRIEFC (build it or drop --no-build)"; exit 1; }

# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK"
"$BENCHTOOL" corpus 60 "$WORK/corpus60" >&2
"$BENCHTOOL" corpus 240 "$WORK/corpus240" >&2

# ---------------------------------------------------------------------------------------------
# Measuring: measure LABEL PREP CMD... runs PREP (untimed, e.g. clearing an output folder) then CMD,
# once untimed as warm-up and RUNS times timed; sets M_WALL (median s), M_MIN, M_MAX, M_RSS (max MiB),
# M_CPU (median %), M_CPUS (median user+system CPU seconds), M_OK (1 when every run exited 0).
# ---------------------------------------------------------------------------------------------
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

measure() {
  local label=$1 prep=$2; shift 2
  local walls=() rsss=() cpus=() cpusecs=() start end stats i
  M_OK=1
  eval "$prep"
  "$@" >"$WORK/$label.warmup.log" 2>&1 || { M_OK=0; note "$label: warm-up run failed (see $WORK/$label.warmup.log)"; }
  for ((i = 0; i < RUNS; i++)); do
    eval "$prep"
    start=$(date +%s%N)
    if [ -n "$TIME" ]; then
      "$TIME" -f "%M %P %U %S" -o "$WORK/$label.time" "$@" >"$WORK/$label.log" 2>&1 || M_OK=0
    else
      "$@" >"$WORK/$label.log" 2>&1 || M_OK=0
    fi
    end=$(date +%s%N)
    walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", (b-a)/1e9}')")
    if [ -n "$TIME" ]; then
      stats=$(tail -n 1 "$WORK/$label.time")
      rsss+=("$(awk '{printf "%.1f", $1/1024}' <<<"$stats")")
      cpus+=("$(awk '{sub("%","",$2); print $2+0}' <<<"$stats")")
      cpusecs+=("$(awk '{printf "%.2f", $3+$4}' <<<"$stats")")
    fi
  done
  M_WALL=$(printf '%s\n' "${walls[@]}" | median)
  M_MIN=$(printf '%s\n' "${walls[@]}" | sort -g | head -n 1 | awk '{printf "%.3f", $1}')
  M_MAX=$(printf '%s\n' "${walls[@]}" | sort -g | tail -n 1 | awk '{printf "%.3f", $1}')
  if [ -n "$TIME" ]; then
    M_RSS=$(printf '%s\n' "${rsss[@]}" | sort -g | tail -n 1)
    M_CPU=$(printf '%s\n' "${cpus[@]}" | median)
    M_CPUS=$(printf '%s\n' "${cpusecs[@]}" | median)
  else
    M_RSS="" M_CPU="" M_CPUS=""
  fi
  note "$label: median $(printf '%.3f' "$M_WALL") s (min $M_MIN, max $M_MAX), peak ${M_RSS:-?} MiB, CPU ${M_CPU:-?}% (${M_CPUS:-?} s)"
}

# Output files (html/pdf) with their modification times, to tell a no-op rebuild from a rebuild.
snapshot() { find "$1" -type f \( -name '*.html' -o -name '*.pdf' \) -printf '%P %T@ %s\n' | sort; }

# ---------------------------------------------------------------------------------------------
# briefc
# ---------------------------------------------------------------------------------------------
declare -A R   # R[key]=value for the table

# Validate the corpus with briefc itself once `check` really checks (it must reject a briefing
# that lacks required fields): timing a build of files briefc rejects would measure nothing.
mkdir -p "$WORK/invalid"
printf 'briefc: 1\nlanguage: en\n' >"$WORK/invalid/missing-fields.en.yaml"
if "$BRIEFC" check "$WORK/invalid" >/dev/null 2>&1; then
  R[b.check]="briefc check does not reject an invalid briefing yet: the corpus is not validated"
elif "$BRIEFC" check "$WORK/corpus240" >"$WORK/check.log" 2>&1; then
  R[b.check]="briefc check: the 240-briefing corpus is valid"
  measure briefc-check-240 ":" "$BRIEFC" check "$WORK/corpus240"
  R[b.check240]=$M_WALL R[b.check240.range]="$M_MIN-$M_MAX" R[b.check240.rss]=$M_RSS
else
  R[b.check]="briefc check rejects the corpus (exit $?; see $WORK/check.log): corpus timings may be meaningless"
fi

if "$BRIEFC" build --help 2>/dev/null | grep -q -- '--audience'; then EDITION=(--audience public); fi
BRIEFC_FORMATS=""
for formats in html,pdf html pdf; do
  rm -rf "$WORK/probe"
  if "$BRIEFC" build "$FOUNDING" "${EDITION[@]}" --format "$formats" --out "$WORK/probe" >"$WORK/probe.log" 2>&1; then
    missing=0
    for f in ${formats//,/ }; do [ -f "$WORK/probe/icann81-gac-alac.zh.$f" ] || missing=1; done
    if [ "$missing" = 0 ]; then BRIEFC_FORMATS=$formats; break; fi
  fi
done
if [ -z "$BRIEFC_FORMATS" ]; then
  NOTES+=("briefc: 'briefc build FILE --format html,pdf|html|pdf --out DIR' produced no output yet (see $WORK/probe.log): briefc not measured")
else
  [ "$BRIEFC_FORMATS" = html,pdf ] || NOTES+=("briefc builds only '$BRIEFC_FORMATS' so far: its figures are for $BRIEFC_FORMATS only")
  R[b.formats]=$BRIEFC_FORMATS
  measure briefc-one "rm -rf '$WORK/b-one'" "$BRIEFC" build "$FOUNDING" "${EDITION[@]}" --format "$BRIEFC_FORMATS" --out "$WORK/b-one"
  R[b.one]=$M_WALL R[b.one.range]="$M_MIN-$M_MAX" R[b.one.rss]=$M_RSS R[b.one.cpu]=$M_CPU R[b.one.cpus]=$M_CPUS R[b.one.ok]=$M_OK
  if [ -f "$WORK/b-one/icann81-gac-alac.zh.pdf" ]; then
    R[b.pdf]=$(stat -c %s "$WORK/b-one/icann81-gac-alac.zh.pdf")
  fi

  measure briefc-60 "rm -rf '$WORK/b-60'" "$BRIEFC" build "$WORK/corpus60" --format "$BRIEFC_FORMATS" --out "$WORK/b-60"
  R[b.60]=$M_WALL R[b.60.range]="$M_MIN-$M_MAX" R[b.60.rss]=$M_RSS R[b.60.cpu]=$M_CPU R[b.60.cpus]=$M_CPUS R[b.60.ok]=$M_OK
  for f in ${BRIEFC_FORMATS//,/ }; do
    made=$(find "$WORK/b-60" -name "*.$f" | wc -l)
    [ "$made" = 60 ] || NOTES+=("briefc made $made of 60 .$f files in (b)")
  done

  # The JIT briefc on (a) and (b), for reference; its outputs must be the native one's, byte for byte.
  if [ "$WITH_JIT" = 1 ] && [ -x "$JIT" ] && [ "$JIT" != "$BRIEFC" ]; then
    measure jit-one "rm -rf '$WORK/j-one'" "$JIT" build "$FOUNDING" "${EDITION[@]}" --format "$BRIEFC_FORMATS" --out "$WORK/j-one"
    R[j.one]=$M_WALL R[j.one.range]="$M_MIN-$M_MAX" R[j.one.rss]=$M_RSS R[j.one.cpus]=$M_CPUS R[j.one.ok]=$M_OK
    measure jit-60 "rm -rf '$WORK/j-60'" "$JIT" build "$WORK/corpus60" --format "$BRIEFC_FORMATS" --out "$WORK/j-60"
    R[j.60]=$M_WALL R[j.60.range]="$M_MIN-$M_MAX" R[j.60.rss]=$M_RSS R[j.60.cpus]=$M_CPUS R[j.60.cpu]=$M_CPU R[j.60.ok]=$M_OK
    if ! diff -r -q "$WORK/b-60" "$WORK/j-60" >/dev/null || ! diff -r -q "$WORK/b-one" "$WORK/j-one" >/dev/null; then
      NOTES+=("the JIT and the timed briefc wrote different outputs: compare $WORK/b-60 and $WORK/j-60")
    fi
  fi

  # (c): a first build of 240, then a second one: if it rewrote any output, there is no incremental build.
  rm -rf "$WORK/b-240"
  start=$(date +%s%N)
  "$BRIEFC" build "$WORK/corpus240" --format "$BRIEFC_FORMATS" --out "$WORK/b-240" >"$WORK/briefc-240-first.log" 2>&1 || true
  end=$(date +%s%N)
  R[b.240.first]=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b-a)/1e9}')
  before=$(snapshot "$WORK/b-240")
  sleep 0.05   # let a rewrite show as a different mtime even on coarse clocks
  "$BRIEFC" build "$WORK/corpus240" --format "$BRIEFC_FORMATS" --out "$WORK/b-240" >"$WORK/briefc-240-second.log" 2>&1 || true
  after=$(snapshot "$WORK/b-240")
  if [ -z "$before" ]; then
    R[b.noop]="n/a: the 240-briefing build wrote no output"
  elif [ "$before" != "$after" ]; then
    R[b.noop]="n/a: no incremental build yet"
  else
    measure briefc-noop-240 ":" "$BRIEFC" build "$WORK/corpus240" --format "$BRIEFC_FORMATS" --out "$WORK/b-240"
    [ "$(snapshot "$WORK/b-240")" = "$before" ] || NOTES+=("the timed no-op rebuilds rewrote outputs")
    R[b.noop]=$M_WALL R[b.noop.range]="$M_MIN-$M_MAX" R[b.noop.rss]=$M_RSS R[b.noop.ok]=$M_OK
  fi
fi

# ---------------------------------------------------------------------------------------------
# Typst
# ---------------------------------------------------------------------------------------------
TYPST_STATUS=""
if [ "$WITH_TYPST" = 0 ]; then
  TYPST_STATUS="skipped (--no-typst)"
elif ! command -v node >/dev/null; then
  TYPST_STATUS="skipped: node is not installed"
elif ! ls "$FONTS"/*.ttf >/dev/null 2>&1; then
  TYPST_STATUS="skipped: no .ttf fonts in $FONTS (set BENCH_FONTS)"
else
  if [ ! -d "$BENCH/typst/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    if command -v npm >/dev/null; then
      note "installing @myriaddreamin/typst-ts-node-compiler@0.7.0 into bench/typst/node_modules"
      (cd "$BENCH/typst" && npm ci --no-audit --no-fund --loglevel=error) >&2 || true
    fi
  fi
  if [ ! -d "$BENCH/typst/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    TYPST_STATUS="skipped: @myriaddreamin/typst-ts-node-compiler is not installed and npm could not install it"
  else
    TYPST=(node "$BENCH/typst/compile.mjs" --fonts "$FONTS")
    measure typst-one "rm -rf '$WORK/t-one'" "${TYPST[@]}" --out "$WORK/t-one" "$FOUNDING"
    R[t.one]=$M_WALL R[t.one.range]="$M_MIN-$M_MAX" R[t.one.rss]=$M_RSS R[t.one.cpu]=$M_CPU R[t.one.cpus]=$M_CPUS R[t.one.ok]=$M_OK
    [ -f "$WORK/t-one/icann81-gac-alac.zh.pdf" ] && R[t.pdf]=$(stat -c %s "$WORK/t-one/icann81-gac-alac.zh.pdf")
    measure typst-60 "rm -rf '$WORK/t-60'" "${TYPST[@]}" --out "$WORK/t-60" "$WORK/corpus60"
    R[t.60]=$M_WALL R[t.60.range]="$M_MIN-$M_MAX" R[t.60.rss]=$M_RSS R[t.60.cpu]=$M_CPU R[t.60.cpus]=$M_CPUS R[t.60.ok]=$M_OK
    made=$(find "$WORK/t-60" -name '*.pdf' | wc -l)
    [ "$made" = 60 ] || NOTES+=("Typst made $made of 60 PDFs in (b)")
    TYPST_STATUS="Typst 0.14 (typst-ts-node-compiler 0.7.0, $(node --version)), PDF only, fonts from $FONTS"
  fi
fi

# ---------------------------------------------------------------------------------------------
# Table
# ---------------------------------------------------------------------------------------------
secs() { [ -n "${1:-}" ] && printf '%.3f s' "$1" || printf '-'; }
mib() { [ -n "${1:-}" ] && printf '%.1f MiB' "$1" || printf '-'; }
pct() { [ -n "${1:-}" ] && printf '%s%%' "$1" || printf '-'; }
bytes() { [ -n "${1:-}" ] && printf '%s B' "$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1")" || printf '-'; }
ratio() { [ -n "${1:-}" ] && [ -n "${2:-}" ] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}' || printf '-'; }
# verdict VALUE LIMIT: "yes" when VALUE <= LIMIT
verdict() { [ -n "${1:-}" ] && [ -n "${2:-}" ] && awk -v a="$1" -v b="$2" 'BEGIN {print (a<=b) ? "yes" : "NO"}' || printf '-'; }
failed() { [ "${1:-1}" = 1 ] || printf ' (FAILED runs)'; }

{
  echo "briefc benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "briefc: $BRIEFC (repository at $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')), formats: ${R[b.formats]:-none}; $RUNS timed runs after 1 warm-up, median (min-max); peak memory is the max RSS over the runs"
  echo "Typst: $TYPST_STATUS"
  echo
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "figure" "briefc" "Typst" "briefc/Typst" "target" "met"
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "(a) founding briefing, whole process" "$(secs "${R[b.one]:-}")$(failed "${R[b.one.ok]:-1}")" "$(secs "${R[t.one]:-}")" "$(ratio "${R[b.one]:-}" "${R[t.one]:-}")" "<= Typst" "$(verdict "${R[b.one]:-}" "${R[t.one]:-}")"
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    range" "${R[b.one.range]:--}" "${R[t.one.range]:--}" "" "" ""
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    CPU time (user+system)" "$(secs "${R[b.one.cpus]:-}")" "$(secs "${R[t.one.cpus]:-}")" "$(ratio "${R[b.one.cpus]:-}" "${R[t.one.cpus]:-}")" "" ""
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    peak memory" "$(mib "${R[b.one.rss]:-}")" "$(mib "${R[t.one.rss]:-}")" "$(ratio "${R[b.one.rss]:-}" "${R[t.one.rss]:-}")" "<= 150 MiB" "$(verdict "${R[b.one.rss]:-}" 150)"
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "(b) 60 briefings, one process" "$(secs "${R[b.60]:-}")$(failed "${R[b.60.ok]:-1}")" "$(secs "${R[t.60]:-}")" "$(ratio "${R[b.60]:-}" "${R[t.60]:-}")" "<= Typst" "$(verdict "${R[b.60]:-}" "${R[t.60]:-}")"
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    range" "${R[b.60.range]:--}" "${R[t.60.range]:--}" "" "" ""
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    CPU time (user+system)" "$(secs "${R[b.60.cpus]:-}")" "$(secs "${R[t.60.cpus]:-}")" "$(ratio "${R[b.60.cpus]:-}" "${R[t.60.cpus]:-}")" "" ""
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    CPU use (200% = both cores)" "$(pct "${R[b.60.cpu]:-}")" "$(pct "${R[t.60.cpu]:-}")" "" "both cores" ""
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    peak memory" "$(mib "${R[b.60.rss]:-}")" "$(mib "${R[t.60.rss]:-}")" "$(ratio "${R[b.60.rss]:-}" "${R[t.60.rss]:-}")" "" ""
  if [[ "${R[b.noop]:-}" =~ ^[0-9.]+$ ]]; then
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "(c) no-op rebuild of 240" "$(secs "${R[b.noop]}")$(failed "${R[b.noop.ok]:-1}")" "-" "-" "< 0.3 s" "$(awk -v a="${R[b.noop]}" 'BEGIN {print (a<0.3) ? "yes" : "NO"}')"
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    range" "${R[b.noop.range]:--}" "" "" "" ""
  else
    printf '%-36s %s\n' "(c) no-op rebuild of 240" "${R[b.noop]:-n/a: briefc build not measured}"
  fi
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    first build of 240 (1 run)" "$(secs "${R[b.240.first]:-}")" "" "" "" ""
  if [ -n "${R[b.check240]:-}" ]; then
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "briefc check of 240, whole process" "$(secs "${R[b.check240]}")" "" "" "" ""
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    range, peak memory" "${R[b.check240.range]}" "$(mib "${R[b.check240.rss]:-}")" "" "" ""
  fi
  if [ -n "${R[j.one]:-}" ]; then
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "JIT briefc (dotnet build), reference:" "" "" "" "" ""
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    (a) one briefing" "$(secs "${R[j.one]}")$(failed "${R[j.one.ok]:-1}")" "$(secs "${R[t.one]:-}")" "$(ratio "${R[j.one]}" "${R[t.one]:-}")" "" ""
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    CPU time, peak memory" "$(secs "${R[j.one.cpus]:-}"), $(mib "${R[j.one.rss]:-}")" "" "" "" ""
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    (b) 60 briefings" "$(secs "${R[j.60]}")$(failed "${R[j.60.ok]:-1}")" "$(secs "${R[t.60]:-}")" "$(ratio "${R[j.60]}" "${R[t.60]:-}")" "" ""
    printf '%-36s %-16s %-16s %-13s %-14s %s\n' "    CPU time (use), peak memory" "$(secs "${R[j.60.cpus]:-}") ($(pct "${R[j.60.cpu]:-}")), $(mib "${R[j.60.rss]:-}")" "" "" "" ""
  fi
  printf '%-36s %-16s %-16s %-13s %-14s %s\n' "founding PDF size" "$(bytes "${R[b.pdf]:-}")" "$(bytes "${R[t.pdf]:-}")" "$(ratio "${R[b.pdf]:-}" "${R[t.pdf]:-}")" "<= Typst" "$(verdict "${R[b.pdf]:-}" "${R[t.pdf]:-}")"
  echo
  [ -n "${R[b.check]:-}" ] && echo "note: ${R[b.check]}"
  for n in "${NOTES[@]}"; do echo "note: $n"; done
  echo "note: Typst lays out PDF only (no HTML) with bench/typst/briefing.typ; briefc's figures are for the formats listed above."
} | tee "$RESULTS/latest.txt.tmp"
mv "$RESULTS/latest.txt.tmp" "$RESULTS/latest.txt"
