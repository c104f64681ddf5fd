#!/usr/bin/env bash
# Extracts ICU's break dictionaries for Thai, Lao, Khmer and Burmese from Debian's ICU data package into
# break-dictionaries/ (see break-dictionaries/README.md). Needs apt-get (Debian), dpkg-deb, nm and icupkg
# (package icu-devtools of the same ICU version). Run from the repository root; writes nothing else.
set -euo pipefail
package="${1:-libicu72}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download "$package")
dpkg-deb -x "$work"/"$package"_*.deb "$work/root"
library="$(ls "$work"/root/usr/lib/*/libicudata.so.* | head -1)"
# libicudata is ICU's common data file (.dat) wrapped in an ELF library: the icudtNN_dat symbol is where it starts.
symbol="$(nm -D --defined-only "$library" | awk '/icudt[0-9]+_dat$/ { print $1; exit }')"
address=$((16#$symbol))
# The symbol's address is its file offset in the library (a page-aligned .rodata that starts with it).
[ $((address % 4096)) -eq 0 ] || { echo "icudt data not page-aligned in $library" >&2; exit 1; }
# icupkg expects the item names' prefix (icudt72l/) in the file's name.
data="$work/$(basename "$library" | sed -E 's/^libicudata\.so\.([0-9]+).*/icudt\1l.dat/')"
dd if="$library" of="$data" bs=4096 skip=$((address / 4096)) status=none
mkdir -p "$work/out/brkitr"
for name in thaidict laodict khmerdict burmesedict; do
  icupkg -x "brkitr/$name.dict" "$data" -d "$work/out"
  cp "$work/out/brkitr/$name.dict" break-dictionaries/
done
sha256sum break-dictionaries/*.dict
