#!/usr/bin/env bash
# Coverage-guided fuzzing of the user-font loader (FontCatalog → UserFontValidator → HarfBuzz/hb-subset/Skia) with
# AFL++ and SharpFuzz, for a bounded time. Not part of the test run. Kept apart from run.sh (whose targets read
# briefings) because its inputs are binary fonts and its seeds are made, not copied.
#   fuzz/run-fonts.sh SECONDS
# Seeds: each bundled font subset to a few characters (2–20 KB; AFL++ slows down on larger inputs), and damaged
# copies of one of them. Findings go to fuzz/work/fonts/findings (not committed); crashes are replayed at the end.
set -euo pipefail

seconds=${1:?usage: fuzz/run-fonts.sh SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work=$here/work/fonts

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++ (Debian package)"
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi

if [ ! -x "$here/.tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$here/.tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

rm -rf "$work/bin" "$work/plain"
dotnet publish "$here/FontFuzz/FontFuzz.csproj" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
cp -r "$work/bin" "$work/plain"
"$here/.tools/sharpfuzz" "$work/bin/BriefingCompiler.Pdf.dll" >/dev/null

mkdir -p "$work/seeds"
for font in "$repo"/fonts/*.ttf; do
  dotnet "$work/plain/FontFuzz.dll" seed "$font" "$work/seeds/$(basename "$font" .ttf).ttf"
done
# Damaged copies: cut short, and a stretch in the middle zeroed.
seed=$work/seeds/NotoSans-Regular.ttf
head -c $(( $(stat -c %s "$seed") / 2 )) "$seed" > "$work/seeds/truncated.ttf"
cp "$seed" "$work/seeds/zeroed.ttf"
dd if=/dev/zero of="$work/seeds/zeroed.ttf" bs=1 seek=$(( $(stat -c %s "$seed") / 3 )) count=256 conv=notrunc status=none

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
afl-fuzz -i "$work/seeds" -o "$work/findings" -V "$seconds" -t 20000 -m none -- \
  dotnet "$work/bin/FontFuzz.dll" fonts > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log"; exit 1; }

stats=$work/findings/default/fuzzer_stats
echo "target fonts: $(grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" | tr -s ' ' | tr '\n' ' ')"

crashes=("$work"/findings/default/crashes/id*)
if [ -e "${crashes[0]}" ]; then
  echo "replaying ${#crashes[@]} crash(es):"
  dotnet "$work/plain/FontFuzz.dll" replay "${crashes[@]}" || true
  exit 1
fi
