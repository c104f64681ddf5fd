using BriefingCompiler.Diagnostics;
using BriefingCompiler.Diffing;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Translation;

/// <summary>
/// <c>briefc check</c>'s report of stale paragraphs: for each language version that names its original
/// (<c>document_control.original_language</c>) and whose original is checked in the same run (the pairs of
/// <see cref="TranslationConsistency"/>), the units of the original that changed since the translation's baseline — its
/// last commit, as <c>briefc xliff status</c> takes it — get a BRF6101 warning at their field in the translation.
/// Quiet when nothing is stale, and when there is no baseline to compare with (no git, a translation never committed):
/// a check must not fail for want of history. Git runs only for such pairs.
/// </summary>
public static class StaleTranslationCheck
{
    /// <param name="results">The loaded briefings, as named in outputs.</param>
    /// <param name="fullPaths">Each one's file, in the same order.</param>
    public static IReadOnlyList<LoadResult> AddWarnings(IReadOnlyList<LoadResult> results, IReadOnlyList<string> fullPaths)
    {
        var fileOf = results.Zip(fullPaths).ToDictionary(p => p.First.Path, p => p.Second, StringComparer.Ordinal);
        var facts = results.Select(r => r.Briefing).OfType<Model.Briefing>().Select(TranslationFacts.Of).OfType<TranslationFacts>();
        var warnings = new List<Diagnostic>();
        // One `git ls-files` per folder: an untracked translation has no baseline, and asking git for each one's last
        // commit cost a process per briefing (0.08 s over 240 untracked briefings).
        var tracked = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        bool IsTracked(string file)
        {
            var full = Path.GetFullPath(file);
            var folder = Path.GetDirectoryName(full)!;
            if (!tracked.TryGetValue(folder, out var files))
                tracked[folder] = files = GitRevisionReader.TrackedFilesIn(folder);
            return files.Contains(full);
        }

        foreach (var (version, reference) in TranslationConsistency.Pairs(facts))
        {
            if (version.OriginalLanguage is not { } original || !string.Equals(original, reference.Language, StringComparison.OrdinalIgnoreCase))
                continue;
            if (!IsTracked(fileOf[version.SourcePath]))
                continue;
            warnings.AddRange(Stale(version.SourcePath, fileOf[version.SourcePath], reference.SourcePath, fileOf[reference.SourcePath]));
        }
        var byFile = warnings.ToLookup(d => d.Span.File, StringComparer.Ordinal);
        return [.. results.Select(r => byFile[r.Path].Any()
            ? r with { Diagnostics = [.. r.Diagnostics.Concat(byFile[r.Path]).OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)] }
            : r)];
    }

    private static IEnumerable<Diagnostic> Stale(string translationShown, string translationFile, string sourceShown, string sourceFile)
    {
        if (GitRevisionReader.LastCommitOf(translationFile) is not { } revision)
            yield break;
        var sourceThen = GitRevisionReader.Read(sourceFile, revision, sourceShown);
        var translationThen = GitRevisionReader.Read(translationFile, revision, translationShown);
        if (sourceThen.Error is not null || translationThen.Error is not null)
            yield break;
        var source = TranslationSources.Read(sourceShown, File.ReadAllBytes(sourceFile));
        var translation = TranslationSources.Read(translationShown, File.ReadAllBytes(translationFile));
        if (source is null || translation is null)
            yield break;
        var sourceAtBaseline = (sourceThen.Content is null ? null : TranslationSources.Read(sourceThen.Name, sourceThen.Content)) ?? TranslationDocument.Empty(sourceThen.Name);
        var translationAtBaseline = translationThen.Content is null ? null : TranslationSources.Read(translationThen.Name, translationThen.Content);
        var shortRevision = revision[..Math.Min(12, revision.Length)];
        foreach (var unit in StaleUnits.Of(source, translation, sourceAtBaseline, translationAtBaseline))
        {
            var span = Where(translation, unit, source.Field(unit.FieldPath)!.Units.Count);
            yield return new Diagnostic(Severity.Warning, DiagnosticCodes.TranslationStale,
                $"{XliffWriter.Location(unit)} changed in {sourceShown} since {shortRevision}, the commit this translation was last changed in: " +
                $"its {translation.Language} translation is stale (briefc xliff extract {sourceShown} --to {translation.Language} --since {shortRevision} sends it)",
                span with { File = translationShown });
        }
    }

    /// <summary>
    /// The unit's place in the translation: the line of the translated block where the field has as many blocks as the
    /// source's (a literal block's lines follow its key), else the field, else the file.
    /// </summary>
    private static SourceSpan Where(TranslationDocument translation, TranslationUnit unit, int sourceBlocks)
    {
        if (translation.Field(unit.FieldPath) is not { } field)
            return translation.Root.Span;
        var span = field.Field.Node.Span;
        if (!field.Field.Node.IsLiteral || field.Layout.Slots.Count != sourceBlocks)
            return span;
        var line = span.Line + 1 + field.Layout.Text.AsSpan(0, field.Layout.Slots[unit.Ordinal].Start).Count('\n');
        var lines = translation.Text.ReplaceLineEndings("\n").Split('\n');
        if (line > lines.Length)
            return span;
        var column = lines[line - 1].Length - lines[line - 1].TrimStart(' ').Length + 1;
        return span with { Line = line, Column = column, EndLine = line, EndColumn = column };
    }
}
