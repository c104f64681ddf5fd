#!/usr/bin/env bash
# PDF/A-1b check of briefc's output with Apache PDFBox Preflight (a real PDF/A-1b validator), and qpdf, MuPDF and
# Ghostscript reading the same files. Not part of `dotnet test` (it needs Java); see conformance/pdfa/README.md.
#
#   conformance/pdfa/preflight.sh [--no-build] [OUT_DIR]
#
# Builds every sample briefing (briefings/*.yaml and the ja/ko/zh-Hant ones in tests/…/Fixtures/cjk) with --pdf-standard a-1b and with ua-1,a-1b, renders
# conformance/pdfa/translucent.html (translucent colours, opacity, a PNG with alpha, SVG opacity) with ua-1,a-1b,
# then runs on each PDF: Preflight (must say "valid PDF/A-1b"), `qpdf --check`, `mutool clean -s` and
# `gs -sDEVICE=nullpage` (must print nothing beyond their own success lines). As a control that Preflight sees
# transparency at all, the translucent file built with ua-1,a-2b must be *refused* by it.
# Exit status: 0 when every check passed, 1 otherwise. Needs Debian's libpdfbox2-java, libactivation-java,
# libjaxb-api-java (apt-get install -y libpdfbox2-java libactivation-java libjaxb-api-java), qpdf, mupdf-tools and
# ghostscript.
set -u
cd "$(dirname "$0")/../.."
build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
out=${1:-$(mktemp -d /tmp/briefc-pdfa.XXXXXX)}
mkdir -p "$out"

jars=/usr/share/java
classpath=$jars/preflight.jar:$jars/pdfbox2.jar:$jars/fontbox2.jar:$jars/xmpbox.jar:$jars/javax.activation.jar:$jars/jaxb-api.jar:$jars/commons-logging.jar
for jar in ${classpath//:/ }; do
    [ -f "$jar" ] || { echo "missing $jar: apt-get install -y libpdfbox2-java libactivation-java libjaxb-api-java" >&2; exit 1; }
done

if [ $build = 1 ]; then
    dotnet build src/Briefc -c Release -v q >/dev/null || { echo "build failed" >&2; exit 1; }
fi
briefc="dotnet src/Briefc/bin/Release/net10.0/briefc.dll"

failures=0
files=()
for standard in a-1b ua-1,a-1b; do
    for briefing in briefings/*.yaml tests/BriefingCompiler.Tests/Fixtures/cjk/*.yaml; do
        $briefc build "$briefing" --format pdf --pdf-standard "$standard" --out "$out/$standard" --force >/dev/null 2>&1 \
            || { echo "FAIL build $briefing ($standard)"; failures=$((failures + 1)); }
    done
    files+=("$out/$standard"/*.pdf)
done
$briefc render conformance/pdfa/translucent.html --pdf-standard ua-1,a-1b --out "$out/translucent-a-1b" >/dev/null 2>&1
$briefc render conformance/pdfa/translucent.html --pdf-standard ua-1,a-2b --out "$out/translucent-a-2b" >/dev/null 2>&1
files+=("$out/translucent-a-1b/translucent.pdf")

preflight() { java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$1" 2>/dev/null; }

printf '%-60s %-10s %s\n' file preflight "qpdf/mutool/gs"
for pdf in "${files[@]}"; do
    verdict=$(preflight "$pdf")
    if grep -q "is a valid PDF/A-1b file" <<<"$verdict"; then pf=valid; else pf=INVALID; failures=$((failures + 1)); fi
    noise=$( { qpdf --check "$pdf" | grep -v -e '^checking ' -e '^PDF Version: ' -e '^File is not encrypted' -e '^File is not linearized' \
                   -e '^No syntax or stream encoding errors found' -e '^errors that qpdf cannot detect'
               mutool clean -s "$pdf" "$out/clean.pdf"
               gs -q -o /dev/null -sDEVICE=nullpage "$pdf"; } 2>&1 )
    if [ -z "$noise" ]; then tools=silent; else tools=NOISY; failures=$((failures + 1)); fi
    printf '%-60s %-10s %s\n' "${pdf#"$out"/}" "$pf" "$tools"
    [ "$pf" = valid ] || sed 's/^/    /' <<<"$verdict"
    [ -z "$noise" ] || sed 's/^/    /' <<<"$noise"
done
rm -f "$out/clean.pdf"

control=$(preflight "$out/translucent-a-2b/translucent.pdf")
if grep -q "Transparency error" <<<"$control"; then
    echo "control: the same document as PDF/A-2b (transparency kept) is refused by Preflight for its transparency, as it should be"
else
    echo "CONTROL FAILED: Preflight did not refuse transparency"; failures=$((failures + 1))
fi

echo "$failures failure(s); files in $out"
[ $failures = 0 ]
