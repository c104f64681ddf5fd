#!/usr/bin/env bash
# Builds the six sample briefings — briefings/icann81-gac-alac.{zh,en,ar}.yaml and their French, Spanish and Russian
# versions (tests/BriefingCompiler.Tests/Fixtures/languages/) — as HTML and PDF and reports, for each,
# how well four readers of different families extract the PDF's text: pdftotext (poppler), mutool (MuPDF), pdf.js
# (npm pdfjs-dist, Firefox's reader) and PdfPig — character similarity, source words found intact, words a search
# finds, junk characters (conformance/extraction/measure.py says how each is counted).
#
#   tools/extraction/samples.sh [OUT_DIR] [--missing]
#
# OUT_DIR defaults to a new temporary folder. --missing also lists, per file and reader, the source words not found
# intact. Needs pdftotext, mutool, node and python3; pdf.js is taken from PDFJS_DIR (a folder holding
# node_modules/pdfjs-dist) or, without one there, installed once with npm into ~/.cache/briefc-extraction.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
shift || true
mkdir -p "$out"

if [[ ! -d "${PDFJS_DIR:-}/node_modules/pdfjs-dist" ]]; then
  PDFJS_DIR="$HOME/.cache/briefc-extraction"
  [[ -d "$PDFJS_DIR/node_modules/pdfjs-dist" ]] || npm install --silent --prefix "$PDFJS_DIR" pdfjs-dist@5 >&2
fi
export PDFJS_DIR

dotnet build -c Release -v q "$root/bench/BriefingCompiler.Benchmarks" >&2
dotnet build -v q "$root/src/Briefc" >&2
for source in "$root"/briefings/icann81-gac-alac.{zh,en,ar}.yaml "$root"/tests/BriefingCompiler.Tests/Fixtures/languages/icann81-gac-alac.{es,fr,ru}.yaml; do
  dotnet run --no-build --project "$root/src/Briefc" -- build "$source" -o "$out" --format html,pdf >&2
done

python3 "$root/conformance/extraction/measure.py" "$@" "$out"/icann81-gac-alac.{zh,en,ar,es,fr,ru}.pdf
