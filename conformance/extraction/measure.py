#!/usr/bin/env python3
"""How well four PDF readers of different families extract the text of briefc's PDFs.

For each PDF given (its HTML beside it, as `briefc build --format html,pdf` writes them) and each reader —
pdftotext (poppler), `mutool draw -F txt` (MuPDF), pdf.js (npm pdfjs-dist, Firefox's reader) and PdfPig
(ContentOrderTextExtractor, through `dotnet run --project bench/BriefingCompiler.Benchmarks -- pdf-text`) —
prints:

  similarity  characters of the HTML's text found in order in the extracted text (difflib matching blocks,
              whitespace ignored), over the number of source characters; the text print shows (not the footnote
              list and calls the template hides in print), each footnote matched on its own (print sets it at the
              foot of its page);
  words       source words (maximal runs of letters, marks and digits; NFC) found intact: Latin, Cyrillic or
              Arabic words among the extracted words (as a multiset), Han or kana runs as substrings of the
              extracted text without its whitespace (lines break inside them);
  found       source words a reader's search finds: each word as a substring of the extracted text (what
              Ctrl+F does; a word glued to its neighbour still counts);
  junk        U+FFFD, NUL and private-use characters in the extracted text.

The running header and footer are drawn in the PDF but are not in the HTML's text; they do not lower the
similarity (it counts source characters found). Usage:

  PDFJS_DIR=/path/with/node_modules/pdfjs-dist conformance/extraction/measure.py [--missing] out/*.pdf

--missing lists, under each line, the source words that reader did not give intact (most frequent first).
tools/extraction/samples.sh builds the three sample briefings and runs this on them.
"""
import difflib
import html.parser
import os
import subprocess
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class TextOfHtml(html.parser.HTMLParser):
    """The text print shows: without the head, the footnote list and the footnote calls (the template hides both in
    print, where each note stands at the foot of its page — a block of its own — and its call is generated)."""
    SKIP = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.hidden = None  # [tag, nesting] of the element hidden in print we are in
        self.spans = []  # for each open span, whether it is a footnote
        self.parts = []
        self.notes = []  # footnote texts: in print at the foot of their page, out of the text's order

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.hidden is not None:
            if tag == self.hidden[0]:
                self.hidden[1] += 1
        elif (tag == "section" and "footnotes" in classes) or (tag == "sup" and "footnote-ref" in classes and "footnote-repeat" not in classes):
            self.hidden = [tag, 1]
        elif tag in self.SKIP:
            self.depth += 1
        else:
            if tag == "span":
                self.spans.append("footnote" in classes)
            if tag == "span" and self.spans[-1] and sum(self.spans) == 1:
                self.notes.append("")
                self.parts.append("\n")  # where print has the call: a superscript number
            elif tag in ("br", "p", "li", "tr", "td", "th", "h1", "h2", "h3", "div"):
                self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.hidden is not None:
            if tag == self.hidden[0]:
                self.hidden[1] -= 1
                if self.hidden[1] == 0:
                    self.hidden = None
        elif tag in self.SKIP:
            self.depth -= 1
        elif tag == "span" and self.spans:
            self.spans.pop()

    def handle_data(self, data):
        if self.depth == 0 and self.hidden is None:
            if any(self.spans):
                self.notes[-1] += data
            else:
                self.parts.append(data)


def source_text(pdf):
    """The HTML's text: the text in order, and the footnotes apart."""
    parser = TextOfHtml()
    with open(os.path.splitext(pdf)[0] + ".html", encoding="utf-8") as f:
        parser.feed(f.read())
    return unicodedata.normalize("NFC", "".join(parser.parts)), [unicodedata.normalize("NFC", n) for n in parser.notes]


def run(command):
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


READERS = {
    "pdftotext": lambda pdf: run(["pdftotext", "-enc", "UTF-8", pdf, "-"]),
    "mutool": lambda pdf: run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf]),
    "pdf.js": lambda pdf: run(["node", os.path.join(HERE, "pdfjs-text.mjs"), pdf]),
    "PdfPig": lambda pdf: run(["dotnet", os.path.join(ROOT, "bench/BriefingCompiler.Benchmarks/bin/Release/net10.0/BriefingCompiler.Benchmarks.dll"), "pdf-text", pdf]),
}


def is_word_char(c):
    return unicodedata.category(c)[0] in "LMN"


def words(text):
    result, current = [], []
    for c in text:
        if is_word_char(c):
            current.append(c)
        elif current:
            result.append("".join(current))
            current = []
    if current:
        result.append("".join(current))
    return result


def is_han(word):
    return any("\u3040" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def matched_characters(a, b):
    return sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def measure(source, extracted):
    text, notes = source
    extracted = unicodedata.normalize("NFC", extracted)
    a = "".join(text.split())
    b = "".join(extracted.split())
    # The text in order; each footnote on its own, wherever its page put it.
    matched = matched_characters(a, b) + sum(matched_characters("".join(n.split()), b) for n in notes)
    similarity = matched / max(1, len(a) + sum(len("".join(n.split())) for n in notes))
    found_words = Counter(w for w in words(extracted) if not is_han(w))
    source_words = words(text) + [w for n in notes for w in words(n)]
    missing = []
    for w in source_words:
        if is_han(w):
            if w in b:
                continue
        elif found_words[w] > 0:
            found_words[w] -= 1
            continue
        missing.append(w)
    intact = len(source_words) - len(missing)
    searched = sum(1 for w in source_words if w in (b if is_han(w) else extracted))
    junk = sum(1 for c in extracted if c in "\ufffd\x00" or unicodedata.category(c) == "Co")
    return similarity, intact / max(1, len(source_words)), searched / max(1, len(source_words)), junk, missing


def main(arguments):
    show_missing = "--missing" in arguments
    pdfs = [a for a in arguments if a != "--missing"]
    print(f"{'file':34} {'reader':10} {'similarity':>10} {'words':>7} {'found':>7} {'junk':>5}")
    for pdf in pdfs:
        source = source_text(pdf)
        for name, read in READERS.items():
            try:
                similarity, intact, searched, junk, missing = measure(source, read(pdf))
                print(f"{os.path.basename(pdf):34} {name:10} {similarity:10.1%} {intact:7.1%} {searched:7.1%} {junk:5}")
                if show_missing and missing:
                    print("    not intact: " + ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in Counter(missing).most_common()))
            except (subprocess.CalledProcessError, FileNotFoundError) as e:
                print(f"{os.path.basename(pdf):34} {name:10} failed: {e}")


if __name__ == "__main__":
    main(sys.argv[1:])
