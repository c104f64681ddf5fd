#!/usr/bin/env bash
# Coverage-guided fuzzing of briefc with AFL++ and SharpFuzz, for a bounded time. Not part of the test run.
#   fuzz/run.sh SECONDS [load|render]
#     load    the YAML loader and validator (fast: thousands of inputs a minute)
#     render  loader → template (Markdown → HTML) → PDF engine (slow: a few inputs a second)
#     manifest  the build manifest reader (out/.briefc-manifest.json: untrusted data from disk)
# Seeds: the sample briefings (briefings/*.yaml) and the committed hostile inputs. Findings go to
# fuzz/work/TARGET/findings (not committed); crashes are replayed at the end with the stack trace shown.
# A crash found here becomes a committed input under tests/BriefingCompiler.Tests/Hostile/Data/ and a test.
set -euo pipefail

seconds=${1:?usage: fuzz/run.sh SECONDS [load|render|manifest]}
target=${2:-load}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work=$here/work/$target

if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++ (Debian package)"
  apt-get update -qq && apt-get install -y -qq afl++ >/dev/null
fi

if [ ! -x "$here/.tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$here/.tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

rm -rf "$work/bin" "$work/plain"
dotnet publish "$here/BriefingFuzz/BriefingFuzz.csproj" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
# Instrumented code runs only under AFL++ (it writes to AFL's coverage map): replays use a plain copy.
cp -r "$work/bin" "$work/plain"
# Instrument our assemblies and the parsers they feed: YAML, Markdown, HTML/CSS.
instrumented=(BriefingCompiler.dll YamlDotNet.dll)
if [ "$target" = render ]; then
  instrumented+=(Markdig.dll BriefingCompiler.Pdf.dll AngleSharp.Css.dll)
fi
for dll in "${instrumented[@]}"; do
  "$here/.tools/sharpfuzz" "$work/bin/$dll" >/dev/null
done

mkdir -p "$work/seeds"
if [ "$target" = manifest ]; then
  cp "$here"/seeds/manifest/* "$work/seeds/"
else
  cp "$repo"/briefings/*.yaml "$work/seeds/"
  cp "$repo"/tests/BriefingCompiler.Tests/Fixtures/*.yaml "$work/seeds/"
  if [ -d "$repo/tests/BriefingCompiler.Tests/Hostile/Data" ]; then
    cp "$repo"/tests/BriefingCompiler.Tests/Hostile/Data/*.yaml "$work/seeds/" 2>/dev/null || true
  fi
fi

# Resume when findings exist (AFL_AUTORESUME); no UI; dotnet is not an instrumented binary itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout=$([ "$target" = render ] && echo 20000 || echo 5000)
afl-fuzz -i "$work/seeds" -o "$work/findings" -V "$seconds" -t "$timeout" -m none -- \
  dotnet "$work/bin/BriefingFuzz.dll" "$target" > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log"; exit 1; }

stats=$work/findings/default/fuzzer_stats
echo "target $target: $(grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" | tr -s ' ' | tr '\n' ' ')"

crashes=("$work"/findings/default/crashes/id*)
if [ -e "${crashes[0]}" ]; then
  echo "replaying ${#crashes[@]} crash(es):"
  dotnet "$work/plain/BriefingFuzz.dll" replay "$target" "${crashes[@]}" || true
  exit 1
fi
