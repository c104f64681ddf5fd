// Prints the text pdf.js (Firefox's reader) extracts from a PDF, page by page: the items of getTextContent()
// in order, a line break where pdf.js marks one (hasEOL). Usage: node pdfjs-text.mjs FILE.pdf
// PDFJS_DIR names the folder holding node_modules/pdfjs-dist (installed outside the repository).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const dir = process.env.PDFJS_DIR ?? ".";
const pdfjs = await import(pathToFileURL(path.join(dir, "node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const data = new Uint8Array(readFileSync(process.argv[2]));
const document = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
let out = "";
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  const content = await page.getTextContent();
  for (const item of content.items) {
    if (!("str" in item)) continue;
    out += item.str + (item.hasEOL ? "\n" : "");
  }
  out += "\n\f";
}
process.stdout.write(out);
