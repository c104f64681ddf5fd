#!/bin/sh
# Reads briefc's XLIFF 1.2 with a real CAT-side tool, Debian's translate-toolkit (apt install translate-toolkit):
# for each sample briefing, `briefc xliff extract --version 1.2`, then `pocount` (units and source words) and
# `xliff2po` (units converted), side by side with briefc's own counts, and the sentences (segments) briefc cut the
# units into (a unit without <seg-source> is one). Not a test: the test suite never needs it.
# Usage: tools/xliff/compare-with-translate-toolkit.sh [BRIEFC]   (default: dotnet run --project src/Briefc --)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
briefc=${1:-"dotnet run --project $root/src/Briefc --"}
for tool in pocount xliff2po; do
    command -v "$tool" >/dev/null || { echo "$tool not found: apt install translate-toolkit" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/briefings/*.yaml "$work"/
printf '%-26s %10s %10s %12s %12s %14s %10s\n' sample "units" "pocount" "words" "pocount" "xliff2po msgs" "segments"
for source in "$work"/*.yaml; do
    name=$(basename "$source" .yaml)
    language=${name##*.}
    target=fr
    [ "$language" = fr ] && target=es
    xlf="$work/$name-$target.xlf"
    ours=$($briefc xliff extract "$source" --to "$target" --version 1.2 -o "$xlf")
    units=$(echo "$ours" | sed -n 's/.*: \([0-9,]*\) units, \([0-9,]*\) words;.*/\1/p' | tr -d ,)
    words=$(echo "$ours" | sed -n 's/.*: \([0-9,]*\) units, \([0-9,]*\) words;.*/\2/p' | tr -d ,)
    counted=$(pocount --csv "$xlf" | tail -n 1)
    # --csv columns: Filename, Translated Messages, Translated Source Words, Translated Target Words, Fuzzy Messages,
    # Fuzzy Source Words, Untranslated Messages, Untranslated Source Words, Total Message, Total Source Words, …
    pounits=$(echo "$counted" | cut -d, -f9 | tr -d ' ')
    powords=$(echo "$counted" | cut -d, -f10 | tr -d ' ')
    xliff2po --progress=none "$xlf" "$work/$name.po" >/dev/null
    msgs=$(grep -c '^msgid ' "$work/$name.po")
    segmented=$(grep -c '<seg-source>' "$xlf" || true)
    marks=$(grep -o '<seg-source>.*</seg-source>' "$xlf" | grep -o 'mtype="seg"' | wc -l)
    printf '%-26s %10s %10s %12s %12s %14s %10s\n' "$name→$target" "$units" "$pounits" "$words" "$powords" "$((msgs - 1))" "$((units - segmented + marks))"
done
