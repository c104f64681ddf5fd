#!/usr/bin/env bash
# tools/word/libreoffice-check.sh — does LibreOffice read briefc's Word documents as briefc means them?
#
#   tools/word/libreoffice-check.sh [BRIEFC] [BRIEFING.yaml...]
#
# Builds each briefing (default: briefings/*.yaml) to DOCX and PDF with BRIEFC (default: `dotnet run` of
# src/Briefc), converts each DOCX to PDF with LibreOffice (`soffice --headless --convert-to pdf`; Debian package
# libreoffice-writer-nogui), and compares the two PDFs' text with pdftotext (poppler-utils): the page count of
# each, and whether LibreOffice's PDF holds the same words in the same order as briefc's (running headers and
# footers left out: their page numbers differ when the pages break elsewhere). A DOCX LibreOffice cannot open, or
# opens only after repairing, gives no PDF, which fails the check. Not part of the test suite: tests must not need
# LibreOffice. Exit 0 when every document keeps ≥ 99 % of briefc's words in order, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BRIEFC=${1:-}
shift || true
SOURCES=("$@")
[ ${#SOURCES[@]} -gt 0 ] || SOURCES=("$ROOT"/briefings/*.yaml)
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install poppler-utils" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -n "$BRIEFC" ]; then
  "$BRIEFC" build "${SOURCES[@]}" --format docx,pdf --out "$WORK/briefc" >/dev/null
else
  dotnet run --project "$ROOT/src/Briefc" -- build "${SOURCES[@]}" --format docx,pdf --out "$WORK/briefc" >/dev/null
fi
# A profile of its own, so a running LibreOffice or the user's settings play no part.
soffice -env:UserInstallation=file://"$WORK/profile" --headless --convert-to pdf --outdir "$WORK/libreoffice" "$WORK"/briefc/*.docx >/dev/null 2>&1 || true

python3 - "$WORK" <<'PY'
import difflib, glob, os, re, subprocess, sys
work = sys.argv[1]
failed = False
def pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return [p for p in text.split("\f") if p.strip()]
def words(page_texts, header_lines):
    out = []
    for page in page_texts:
        lines = [l for l in page.splitlines() if l.strip()]
        # Running header (first line from page 2 on) and footer (last line) are the page furniture.
        body = [l for l in lines if not any(h(l) for h in header_lines)]
        for line in body:
            # Han characters one by one: Chinese has no spaces, and the two PDFs break lines in different places.
            out += re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+", line)
    return out
for docx in sorted(glob.glob(os.path.join(work, "briefc", "*.docx"))):
    name = os.path.basename(docx)[:-5]
    ours, theirs = os.path.join(work, "briefc", name + ".pdf"), os.path.join(work, "libreoffice", name + ".pdf")
    if not os.path.exists(theirs):
        print(f"{name}: LibreOffice did not convert the DOCX"); failed = True; continue
    a, b = pages(ours), pages(theirs)
    furniture = [lambda l: bool(re.search(r"(Page|Página|Страница|الصفحة|第)\s*\d+", l) and re.search(r"\d+\s*(of|sur|de|из|من|页)", l)),
                 lambda l: "·" in l and bool(re.search(r"\d{4}", l)) and len(l.strip()) < 200]
    wa, wb = words(a, furniture), words(b, furniture)
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    ratio = kept / max(1, len(wa))
    print(f"{name}: briefc {len(a)} page(s), LibreOffice {len(b)} page(s); {kept} of {len(wa)} words in order ({100*ratio:.1f} %)")
    if ratio < 0.99: print("   (first differences follow)")
    # LibreOffice against the DOCX's own text too: briefc's PDF of an Arabic briefing does not extract as text
    # (split letters, see /work/shared/design/facts.md), so there the DOCX is the only reference that reads.
    import unicodedata, zipfile
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    own = []
    for paragraph in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        own += re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+", unicodedata.normalize("NFKC", "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))))
    lo = [t for w in wb for t in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+", unicodedata.normalize("NFKC", w))]
    docx_kept = sum(block.size for block in difflib.SequenceMatcher(None, own, lo, autojunk=False).get_matching_blocks())
    print(f"   LibreOffice against the DOCX's own text: {docx_kept} of {len(own)} words in order ({100*docx_kept/max(1,len(own)):.1f} %)")
    if ratio < 0.99:
        failed = True
        for tag, i1, i2, j1, j2 in [op for op in matcher.get_opcodes() if op[0] != "equal"][:8]:
            if tag != "equal":
                print(f"   {tag}: briefc {' '.join(wa[i1:i2])[:120]!r} / LibreOffice {' '.join(wb[j1:j2])[:120]!r}")
sys.exit(1 if failed else 0)
PY
