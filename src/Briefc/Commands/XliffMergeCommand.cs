using System.CommandLine;
using Briefc.Reporting;
using BriefingCompiler;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Html;
using BriefingCompiler.Projects;
using BriefingCompiler.Translation;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc xliff merge FILE.xlf [-o TARGET.yaml]</c>: the translated briefing from a translator's XLIFF file — the
/// source's structure (found through the XLIFF's <c>original</c>, relative to the XLIFF file) with the translated text,
/// the existing translation's comments, key order, labels and original language kept. Nothing is written unless the
/// XLIFF matches the source unit for unit and code for code and the result passes <c>briefc check</c>; then the file is
/// replaced atomically. Exit 0 written; 1 refused (diagnostics name the place in the XLIFF or the result); 2 usage.
/// </summary>
public static class XliffMergeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The translated XLIFF file (2.x or 1.2) that briefc xliff extract wrote" };
        var output = new Option<string?>("--output", "-o") { Description = "The translated briefing to write or update [default: beside the source, x.LANG.yaml]", HelpName = "TARGET.yaml" };
        var command = new Command("merge", "Write the translated briefing from a translated XLIFF file (all or nothing).") { file, output };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(file)!, parseResult.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string xliffArgument, string? outputArgument)
    {
        var xliffPath = context.FullPath(xliffArgument);
        if (!File.Exists(xliffPath))
            return XliffCommand.Fail(context, "merge", $"no such file: '{xliffArgument}'", ExitCodes.UsageError);
        var diagnostics = new DiagnosticWriter(context.Error, color: false);
        if (new FileInfo(xliffPath).Length > XliffLimits.MaxFileBytes)
        {
            diagnostics.Write(new Diagnostic(Severity.Error, DiagnosticCodes.XliffUnreadable,
                $"the file is larger than {XliffLimits.MaxFileBytes / (1024 * 1024)} MiB, the limit for XLIFF files briefc reads", SourceSpan.StartOf(xliffArgument)));
            return ExitCodes.ValidationFailed;
        }
        var (xliff, readDiagnostics) = XliffReader.Read(xliffArgument, File.ReadAllBytes(xliffPath));
        if (xliff is null)
            return Refuse(diagnostics, readDiagnostics);

        // `original` comes from the file, so it is untrusted: only a briefing, named relative to the XLIFF file, is read.
        var original = xliff.Original.Replace('\\', '/');
        if (Path.IsPathRooted(original) || !BriefingFileName.IsBriefing(original))
        {
            return Refuse(diagnostics, [new Diagnostic(Severity.Error, DiagnosticCodes.XliffSourceMissing,
                $"the <file> names '{xliff.Original}' as its source; briefc reads a briefing (.yaml) named relative to the XLIFF file", xliff.FileSpan)]);
        }
        var xliffFolder = Path.GetDirectoryName(xliffPath)!;
        var sourcePath = Path.GetFullPath(Path.Combine(xliffFolder, original));
        var sourceShown = Shown(context, sourcePath);
        if (!File.Exists(sourcePath))
        {
            return Refuse(diagnostics, [new Diagnostic(Severity.Error, DiagnosticCodes.XliffSourceMissing,
                $"the source briefing '{xliff.Original}' (relative to the XLIFF file: {sourceShown}) does not exist; merge the XLIFF where extract wrote it, beside its source's folder", xliff.FileSpan)]);
        }
        var (source, sourceDiagnostics) = TranslationSources.Load(sourceShown, File.ReadAllBytes(sourcePath));
        if (source is null)
            return Refuse(diagnostics, sourceDiagnostics);

        var targetShown = outputArgument ?? $"{XliffCommand.Stem(sourceShown, source.Language)}.{xliff.TargetLanguage}{Path.GetExtension(sourceShown)}";
        var targetPath = context.FullPath(targetShown);
        if (targetPath == sourcePath)
            return XliffCommand.Fail(context, "merge", $"{targetShown} is the source itself; name the translation with -o", ExitCodes.UsageError);
        TranslationDocument? target = null;
        if (File.Exists(targetPath))
        {
            var (existing, targetDiagnostics) = TranslationSources.Load(targetShown, File.ReadAllBytes(targetPath));
            if (existing is null)
            {
                Refuse(diagnostics, targetDiagnostics);
                return XliffCommand.Fail(context, "merge", $"the existing translation {targetShown} has errors; fix them, or move it away to write a new one", ExitCodes.ValidationFailed);
            }
            target = existing;
        }

        var merged = XliffMerger.Merge(xliff, source, target);
        if (merged.Yaml is null)
            return Refuse(diagnostics, merged.Diagnostics);
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(merged.Yaml);
        var result = BriefingLoader.Load(targetShown, bytes);
        if (result.HasErrors || result.Briefing is null)
        {
            foreach (var diagnostic in result.Diagnostics)
                diagnostics.Write(diagnostic);
            diagnostics.Write(new Diagnostic(Severity.Error, DiagnosticCodes.XliffMergeInvalid,
                $"the translated briefing would not pass briefc check (above, as it would be written to {targetShown}); nothing was written. Correct the translations the messages point to in the CAT tool and merge again", xliff.FileSpan));
            return ExitCodes.ValidationFailed;
        }
        var sourceBriefing = BriefingLoader.Load(sourceShown, File.ReadAllBytes(sourcePath)).Briefing!;
        foreach (var warning in result.Diagnostics.Concat(TranslationConsistency.Check([sourceBriefing, result.Briefing]).Where(d => d.Span.File == targetShown)))
            diagnostics.Write(warning);
        try
        {
            AtomicFile.WriteAllBytes(targetPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return XliffCommand.Fail(context, "merge", $"cannot write {targetShown}: {e.Message}", ExitCodes.UsageError);
        }
        context.Output.WriteLine($"Wrote {targetShown}: {source.Units.Count()} units in {xliff.TargetLanguage} from {xliffArgument}{(target is null ? "" : " (its comments, key order and labels kept)")}");
        return ExitCodes.Success;
    }

    private static int Refuse(DiagnosticWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            writer.Write(diagnostic);
        return ExitCodes.ValidationFailed;
    }

    /// <summary>A path as the user would write it: relative to the working folder when inside it.</summary>
    private static string Shown(CliContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
