using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Translation;

/// <summary>
/// Puts the translations of an XLIFF file into the source briefing's structure. Refuses, naming the place in the
/// XLIFF file, whatever would make a wrong briefing: other languages than the source's and the target's, units the
/// source does not have (or the source's units missing: the XLIFF was made from another version), a unit without a
/// translation, inline codes lost, doubled, invented or out of order. Everything is checked before anything is
/// written, so there is never half a briefing; the caller then checks the result as <c>briefc check</c> does.
/// </summary>
public static class XliffMerger
{
    /// <param name="xliff">The XLIFF file as read.</param>
    /// <param name="source">The source briefing it was made from.</param>
    /// <param name="target">The existing translation, if any (its comments, key order and per-language values are kept).</param>
    public static MergeResult Merge(XliffDocument xliff, TranslationDocument source, TranslationDocument? target)
    {
        var problems = new List<Diagnostic>();
        if (!SameLanguage(xliff.SourceLanguage, source.Language))
        {
            problems.Add(Error(DiagnosticCodes.XliffLanguageMismatch, xliff.FileSpan,
                $"the XLIFF's source language is '{xliff.SourceLanguage}' but {source.Path} is in '{source.Language}': this XLIFF was not made from it"));
        }
        if (!LanguageTag.IsWellFormed(xliff.TargetLanguage))
        {
            problems.Add(Error(DiagnosticCodes.XliffLanguageMismatch, xliff.FileSpan,
                $"the XLIFF's target language '{xliff.TargetLanguage}' is not a BCP 47 tag (such as fr, zh, ar)"));
        }
        else if (target is not null && !SameLanguage(target.Language, xliff.TargetLanguage))
        {
            problems.Add(Error(DiagnosticCodes.XliffLanguageMismatch, xliff.FileSpan,
                $"the XLIFF is a translation into '{xliff.TargetLanguage}' but {target.Path} is in '{target.Language}'; merge into the {xliff.TargetLanguage} briefing (-o)"));
        }

        var byId = new Dictionary<string, XliffUnit>(StringComparer.Ordinal);
        var sourceUnits = source.Units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        foreach (var unit in xliff.Units)
        {
            if (!byId.TryAdd(unit.Id, unit))
                problems.Add(Error(DiagnosticCodes.XliffUnitUnknown, unit.Span, $"a second unit '{unit.Id}': unit ids are unique"));
            else if (!sourceUnits.ContainsKey(unit.Id))
                problems.Add(Error(DiagnosticCodes.XliffUnitUnknown, unit.Span,
                    $"unit '{unit.Id}' is not in {source.Path}: the source changed since this XLIFF was made (or the unit was added by hand); extract it again and carry the translations over in the CAT tool"));
        }
        var missing = source.Units.Where(u => !byId.ContainsKey(u.Id)).ToList();
        foreach (var unit in missing.Take(20))
        {
            problems.Add(Error(DiagnosticCodes.XliffUnitMissing, xliff.FileSpan,
                $"unit '{unit.Id}' ({XliffWriter.Location(unit)}) of {source.Path} is missing from the XLIFF: it was made from another version of the source, or the unit was deleted; extract again"));
        }
        if (missing.Count > 20)
            problems.Add(Error(DiagnosticCodes.XliffUnitMissing, xliff.FileSpan, $"and {missing.Count - 20} more units of {source.Path} are missing"));

        var translated = new Dictionary<ScalarNode, string>(ReferenceEqualityComparer.Instance);
        var audienceMarkers = TranslatableFields.DeclaresAudiences(source.Root);
        foreach (var field in source.Fields)
        {
            var contents = new List<string>();
            foreach (var unit in field.Units)
            {
                if (!byId.TryGetValue(unit.Id, out var xliffUnit))
                    continue;
                // What the translator typed stays text in its block: no heading, list or audience block of its own.
                if (TargetParts(unit, xliffUnit, problems) is { } parts)
                    contents.Add(FieldLayout.MarkdownOf(BlockMarkupEscapes.Escape(parts, field.Layout.Slots[unit.Ordinal].Kind, audienceMarkers)));
            }
            if (contents.Count == field.Units.Count)
                translated[field.Field.Node] = field.Layout.Fill(contents);
        }
        if (problems.Count > 0)
            return new MergeResult(null, problems);

        var overrides = new Dictionary<string, SourceNode?>(StringComparer.Ordinal)
        {
            ["language"] = new ScalarNode(xliff.TargetLanguage, IsPlain: true, source.Root.Span),
        };
        if (target is not null)
        {
            overrides["labels"] = target.Root.Find("labels")?.Value;
            overrides["document_control.original_language"] = (target.Root.Find("document_control")?.Value as MappingNode)?.Find("original_language")?.Value;
        }
        else
        {
            overrides["labels"] = null;
            var original = (source.Root.Find("document_control")?.Value as MappingNode)?.Find("original_language")?.Value as ScalarNode;
            var originalLanguage = original?.Value ?? source.Language;
            overrides["document_control.original_language"] = SameLanguage(originalLanguage, xliff.TargetLanguage)
                ? null
                : new ScalarNode(originalLanguage, IsPlain: true, source.Root.Span);
        }
        var yaml = TranslatedBriefingWriter.Write(source.Root, translated, overrides, target is null ? (source.Root, source.Text) : (target.Root, target.Text));
        return new MergeResult(yaml, []);
    }

    /// <summary>The unit's translation as text and the source's codes (with their Markdown), or null with the problems added.</summary>
    private static List<InlinePart>? TargetParts(TranslationUnit unit, XliffUnit xliffUnit, List<Diagnostic> problems)
    {
        var target = xliffUnit.Target;
        if (target is null || (target.Count == 0 && unit.Source.Count > 0) || target.All(p => p.Part is InlineText { Text.Length: 0 }))
        {
            problems.Add(Error(DiagnosticCodes.XliffTargetMissing, xliffUnit.Span,
                $"unit '{unit.Id}' ({XliffWriter.Location(unit)}) has no translation{(xliffUnit.State is { } state ? $" (state {state})" : "")}: translate it, or copy the source into the target to keep it as it is"));
            return null;
        }
        if (xliffUnit.UntranslatedSegment > 0)
        {
            problems.Add(Error(DiagnosticCodes.XliffTargetMissing, xliffUnit.Span,
                $"sentence {xliffUnit.UntranslatedSegment} (segment {xliffUnit.UntranslatedSegment}) of unit '{unit.Id}' ({XliffWriter.Location(unit)}) has no translation: translate it, or copy its source into the target"));
            return null;
        }
        var codes = unit.Codes.ToList();
        var seen = new HashSet<(InlineCodeKind, int)>();
        var open = new Stack<int>();
        var markdown = new List<InlinePart>();
        var before = problems.Count;
        foreach (var (part, span) in target)
        {
            switch (part)
            {
                case InlineText text:
                    markdown.Add(text);
                    continue;
                case InlineCode code:
                    var sourceCode = codes.FirstOrDefault(c => c.Id == code.Id && c.Kind == code.Kind);
                    if (sourceCode is null)
                    {
                        var kind = codes.FirstOrDefault(c => c.Id == code.Id) is { } other
                            ? $"code {code.Id} is {(other.Kind == InlineCodeKind.Standalone ? "a standalone code (<ph/>, <x/>)" : "a paired code (<pc>, <g>)")} in the source"
                            : $"the source has no code {code.Id}";
                        problems.Add(Error(DiagnosticCodes.XliffCodesBroken, span, $"unit '{unit.Id}': an inline code that is not the source's ({kind}); keep the source's codes as they are"));
                        continue;
                    }
                    if (!seen.Add((code.Kind, code.Id)))
                    {
                        problems.Add(Error(DiagnosticCodes.XliffCodesBroken, span, $"unit '{unit.Id}': inline code {code.Id} (`{sourceCode.Markup}`) appears twice; each of the source's codes is used once"));
                        continue;
                    }
                    if (code.Kind == InlineCodeKind.Open)
                        open.Push(code.Id);
                    else if (code.Kind == InlineCodeKind.Close && (open.Count == 0 || open.Pop() != code.Id))
                        problems.Add(Error(DiagnosticCodes.XliffCodesBroken, span, $"unit '{unit.Id}': inline code {code.Id} (`{sourceCode.Markup}`) closes where it was not opened, or across another code"));
                    markdown.Add(sourceCode);
                    break;
            }
        }
        var lost = codes.Where(c => !seen.Contains((c.Kind, c.Id))).DistinctBy(c => c.Id).ToList();
        if (lost.Count > 0)
        {
            problems.Add(Error(DiagnosticCodes.XliffCodesBroken, target[0].Span,
                $"unit '{unit.Id}' ({XliffWriter.Location(unit)}): the translation lost the inline code{(lost.Count == 1 ? "" : "s")} {string.Join(", ", lost.Select(c => $"{c.Id} (`{c.Markup}`)"))}; every code of the source must be in the target"));
        }
        return problems.Count == before ? markdown : null;
    }

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Error(string code, SourceSpan span, string message) => new(Severity.Error, code, message, span);
}
