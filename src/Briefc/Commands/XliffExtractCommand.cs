using System.CommandLine;
using System.Globalization;
using Briefc.Reporting;
using BriefingCompiler.Diffing;
using BriefingCompiler.Html;
using BriefingCompiler.Translation;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc xliff extract SOURCE.yaml --to LANG [-o FILE.xlf] [--version 2.1|1.2] [--since REV] [--target FILE]</c>:
/// the briefing's translatable text as an XLIFF file for a CAT tool, with the existing translation (<c>x.LANG.yaml</c>
/// beside the source, or <c>--target</c>) as targets. With <c>--since REV</c> only what changed since that git
/// revision needs translating. Exit 0 written; 1 the source or the translation has errors (printed); 2 usage.
/// </summary>
public static class XliffExtractCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("SOURCE") { Description = "The briefing to translate (such as briefings/x.en.yaml)" };
        var to = new Option<string>("--to") { Description = "The language to translate into, a BCP 47 tag (fr, es, ru, ar, zh…)", HelpName = "LANG", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "The XLIFF file to write [default: beside the source, x.LANG.xlf]", HelpName = "FILE.xlf" };
        var version = new Option<string>("--version") { Description = "XLIFF version", HelpName = "2.1|1.2", DefaultValueFactory = _ => "2.1" };
        version.AcceptOnlyFromAmong("2.1", "1.2");
        var since = new Option<string?>("--since") { Description = "A git revision: units unchanged since then go out final with their translation, the rest to translate", HelpName = "REV" };
        var target = new Option<string?>("--target") { Description = "The existing translation [default: beside the source, x.LANG.yaml, when it exists]", HelpName = "FILE.yaml" };
        var command = new Command("extract", "Write a briefing's translatable text as XLIFF for translators (existing translation pre-filled).")
        {
            source, to, output, version, since, target,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(source)!, parseResult.GetValue(to)!, parseResult.GetValue(output),
            parseResult.GetValue(version) == "1.2" ? XliffVersion.V12 : XliffVersion.V21, parseResult.GetValue(since), parseResult.GetValue(target)));
        return command;
    }

    private static int Run(CliContext context, string sourceArgument, string language, string? outputArgument, XliffVersion version, string? since, string? targetArgument)
    {
        if (!LanguageTag.IsWellFormed(language))
            return XliffCommand.Fail(context, "extract", $"'{language}' is not a BCP 47 language tag (such as fr, zh, ar)", ExitCodes.UsageError);
        var sourcePath = context.FullPath(sourceArgument);
        if (!File.Exists(sourcePath))
            return XliffCommand.Fail(context, "extract", $"no such file: '{sourceArgument}'", ExitCodes.UsageError);
        var diagnostics = new DiagnosticWriter(context.Error, color: false);
        var (document, sourceDiagnostics) = TranslationSources.Load(sourceArgument, File.ReadAllBytes(sourcePath));
        foreach (var diagnostic in sourceDiagnostics)
            diagnostics.Write(diagnostic);
        if (document is null)
            return XliffCommand.Fail(context, "extract", $"{sourceArgument} has errors; fix them before sending it to translation", ExitCodes.ValidationFailed);
        if (string.Equals(document.Language, language, StringComparison.OrdinalIgnoreCase))
            return XliffCommand.Fail(context, "extract", $"{sourceArgument} is already in '{language}'; --to names the language to translate into", ExitCodes.UsageError);

        var stem = XliffCommand.Stem(sourceArgument, document.Language);
        var targetShown = targetArgument ?? $"{stem}.{language}{Path.GetExtension(sourceArgument)}";
        var targetPath = context.FullPath(targetShown);
        TranslationDocument? translation = null;
        if (File.Exists(targetPath))
        {
            var (loaded, targetDiagnostics) = TranslationSources.Load(targetShown, File.ReadAllBytes(targetPath));
            foreach (var diagnostic in targetDiagnostics.Where(d => d.IsError))
                diagnostics.Write(diagnostic);
            if (loaded is null)
                return XliffCommand.Fail(context, "extract", $"the existing translation {targetShown} has errors; fix them (or name another with --target)", ExitCodes.ValidationFailed);
            if (!string.Equals(loaded.Language, language, StringComparison.OrdinalIgnoreCase))
                return XliffCommand.Fail(context, "extract", $"{targetShown} is in '{loaded.Language}', not '{language}'", ExitCodes.UsageError);
            translation = loaded;
        }
        else if (targetArgument is not null)
        {
            return XliffCommand.Fail(context, "extract", $"no such file: '{targetArgument}'", ExitCodes.UsageError);
        }

        TranslationDocument? before = null;
        if (since is not null)
        {
            var earlier = GitRevisionReader.Read(sourcePath, since, sourceArgument);
            if (earlier.Error is not null)
                return XliffCommand.Fail(context, "extract", earlier.Error, ExitCodes.UsageError);
            // A source that did not exist at REV: everything is new. One that was not YAML then: likewise.
            before = (earlier.Content is null ? null : TranslationSources.Read(earlier.Name, earlier.Content)) ?? TranslationDocument.Empty(earlier.Name);
        }

        var planned = TranslationPlanner.Plan(document, translation, before);
        var outputShown = outputArgument ?? $"{stem}.{language}.xlf";
        var outputPath = context.FullPath(outputShown);
        var original = Path.GetRelativePath(Path.GetDirectoryName(outputPath)!, sourcePath).Replace('\\', '/');
        var bytes = XliffWriter.Write(planned, version, document.Language, language, original);
        try
        {
            AtomicFile.WriteAllBytes(outputPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return XliffCommand.Fail(context, "extract", $"cannot write {outputShown}: {e.Message}", ExitCodes.UsageError);
        }
        var toTranslate = planned.Where(p => p.State == UnitState.Initial).ToList();
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {outputShown}: {planned.Count} units, {planned.Sum(p => WordCount.Of(p.Unit.Source)):N0} words; to translate: {toTranslate.Count} units, {toTranslate.Sum(p => WordCount.Of(p.Unit.Source)):N0} words{(translation is null ? "" : $" (the others from {targetShown})")}"));
        return ExitCodes.Success;
    }
}
