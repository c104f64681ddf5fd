// The Typst peer of `briefc build`, for bench/run.sh: compiles every briefing YAML given (files or
// folders) to OUT/<name>.pdf through bench/typst/briefing.typ, in ONE process with one compiler, as
// Typst itself would batch them.
//   node compile.mjs --fonts DIR --out DIR PATH...
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let fonts = null, out = null;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--fonts') fonts = args[++i];
  else if (args[i] === '--out') out = args[++i];
  else inputs.push(args[i]);
}
if (!fonts || !out || inputs.length === 0) {
  console.error('usage: node compile.mjs --fonts DIR --out DIR PATH...');
  process.exit(2);
}

const sources = inputs.flatMap(p => fs.statSync(p).isDirectory()
  ? fs.readdirSync(p).filter(f => f.endsWith('.yaml')).sort().map(f => path.join(p, f))
  : [p]).map(p => path.resolve(p));
fs.mkdirSync(out, { recursive: true });

// Root "/" so that the template can read any absolute YAML path with yaml().
const compiler = NodeCompiler.create({ workspace: '/', fontArgs: [{ fontPaths: [path.resolve(fonts)] }] });
const template = path.join(here, 'briefing.typ');
let failed = 0;
for (const source of sources) {
  const result = compiler.compile({ mainFilePath: template, inputs: { data: source } });
  if (result.hasError()) {
    console.error(`${source}: Typst failed`);
    result.printDiagnostics();
    failed++;
    continue;
  }
  const pdf = compiler.pdf(result.result);
  fs.writeFileSync(path.join(out, path.basename(source).replace(/\.yaml$/, '.pdf')), pdf);
}
process.exit(failed === 0 ? 0 : 1);
