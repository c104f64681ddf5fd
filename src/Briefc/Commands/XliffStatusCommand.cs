using System.CommandLine;
using Briefc.Reporting;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Diffing;
using BriefingCompiler.Loading;
using BriefingCompiler.Translation;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc xliff status TRANSLATION.yaml [--source SOURCE.yaml] [--since REV]</c>: which units of a translation are
/// stale — their source text changed since the revision the translation was made from (by default the last commit
/// that changed the translation). One warning per stale unit at its place in the source; exit 0 none, 1 some, 2 usage.
/// </summary>
public static class XliffStatusCommand
{
    public static Command Create(CliContext context)
    {
        var translation = new Argument<string>("TRANSLATION") { Description = "The translated briefing (such as briefings/x.fr.yaml)" };
        var source = new Option<string?>("--source") { Description = "The source briefing [default: beside it, in its original_language]", HelpName = "SOURCE.yaml" };
        var since = new Option<string?>("--since") { Description = "The git revision the translation was made from [default: the last commit that changed it]", HelpName = "REV" };
        var command = new Command("status", "Name the units of a translation whose source changed since the translation was made.") { translation, source, since };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(translation)!, parseResult.GetValue(source), parseResult.GetValue(since)));
        return command;
    }

    private static int Run(CliContext context, string translationArgument, string? sourceArgument, string? since)
    {
        var translationPath = context.FullPath(translationArgument);
        if (!File.Exists(translationPath))
            return XliffCommand.Fail(context, "status", $"no such file: '{translationArgument}'", ExitCodes.UsageError);
        var diagnostics = new DiagnosticWriter(context.Error, color: false);
        var (translation, translationDiagnostics) = TranslationSources.Load(translationArgument, File.ReadAllBytes(translationPath));
        if (translation is null)
        {
            foreach (var diagnostic in translationDiagnostics)
                diagnostics.Write(diagnostic);
            return XliffCommand.Fail(context, "status", $"{translationArgument} has errors", ExitCodes.ValidationFailed);
        }
        var original = ((translation.Root.Find("document_control")?.Value as MappingNode)?.Find("original_language")?.Value as ScalarNode)?.Value;
        if (sourceArgument is null && original is null)
            return XliffCommand.Fail(context, "status", $"{translationArgument} names no document_control.original_language; give the source with --source", ExitCodes.UsageError);
        var sourceShown = sourceArgument ?? $"{XliffCommand.Stem(translationArgument, translation.Language)}.{original}{Path.GetExtension(translationArgument)}";
        var sourcePath = context.FullPath(sourceShown);
        if (!File.Exists(sourcePath))
            return XliffCommand.Fail(context, "status", $"no such file: '{sourceShown}'", ExitCodes.UsageError);
        var (source, sourceDiagnostics) = TranslationSources.Load(sourceShown, File.ReadAllBytes(sourcePath));
        if (source is null)
        {
            foreach (var diagnostic in sourceDiagnostics)
                diagnostics.Write(diagnostic);
            return XliffCommand.Fail(context, "status", $"{sourceShown} has errors", ExitCodes.ValidationFailed);
        }
        var revision = since ?? GitRevisionReader.LastCommitOf(translationPath);
        if (revision is null)
            return XliffCommand.Fail(context, "status", $"{translationArgument} was never committed to git; name the revision it was made from with --since", ExitCodes.UsageError);
        var earlier = GitRevisionReader.Read(sourcePath, revision, sourceShown);
        if (earlier.Error is not null)
            return XliffCommand.Fail(context, "status", earlier.Error, ExitCodes.UsageError);
        var before = (earlier.Content is null ? null : TranslationSources.Read(earlier.Name, earlier.Content)) ?? TranslationDocument.Empty(earlier.Name);
        // The translation then: a field translated again since (a merge not yet committed) is not stale.
        var translationThen = GitRevisionReader.Read(translationPath, revision, translationArgument);
        var translationBefore = translationThen.Content is null ? null : TranslationSources.Read(translationThen.Name, translationThen.Content);

        var stale = StaleUnits.Of(source, translation, before, translationBefore);
        var shortRevision = revision.Length == 40 ? revision[..12] : revision;
        foreach (var unit in stale)
        {
            var field = source.Field(unit.FieldPath)!.Field.Node.Span;
            diagnostics.Write(new Diagnostic(Severity.Warning, DiagnosticCodes.TranslationStale,
                $"{XliffWriter.Location(unit)} changed since {shortRevision}, which {translationArgument} was made from; its {translation.Language} translation is stale",
                field));
        }
        context.Output.WriteLine(stale.Count == 0
            ? $"{translationArgument} is up to date with {sourceShown} (as of {shortRevision})"
            : $"{translationArgument}: {stale.Count} of {source.Units.Count()} units stale against {sourceShown} (changed since {shortRevision}); send them with: briefc xliff extract {sourceShown} --to {translation.Language} --since {shortRevision}");
        return stale.Count == 0 ? ExitCodes.Success : ExitCodes.ValidationFailed;
    }
}
