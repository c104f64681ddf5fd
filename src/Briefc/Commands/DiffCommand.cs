using System.CommandLine;
using BriefingCompiler;
using BriefingCompiler.Diffing;
using BriefingCompiler.Editions;
using BriefingCompiler.Html;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc diff OLD NEW</c> and <c>briefc diff FILE --against REV</c>: what changed between two versions of
/// a briefing, section by section and word by word. Exit codes as diff(1): 0 no change, 1 changes, 2 trouble
/// (a side missing or invalid, a git error, an unwritable --out).
/// </summary>
public static class DiffCommand
{
    public const int NoChanges = 0;
    public const int Changes = 1;
    public const int Trouble = 2;

    private const string TextFormat = "text";
    private const string JsonFormat = "json";
    private const string HtmlFormat = "html";
    private const string PdfFormat = "pdf";

    public static Command Create(CliContext context)
    {
        var oldPath = new Argument<string>("OLD") { Description = "The old version (with --against: the briefing file itself)" };
        var newPath = new Argument<string?>("NEW") { Description = "The new version", Arity = ArgumentArity.ZeroOrOne };
        var against = new Option<string?>("--against")
        {
            Description = "Compare the file with itself at this git revision (HEAD, origin/main, a commit…)",
            HelpName = "REV",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (coloured as --color says), json, html (a redline), or pdf (the redline through the PDF engine; needs --out)",
            HelpName = "text|json|html|pdf",
            DefaultValueFactory = _ => TextFormat,
        };
        format.AcceptOnlyFromAmong(TextFormat, JsonFormat, HtmlFormat, PdfFormat);
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output", HelpName = "FILE" };
        var exitZero = new Option<bool>("--exit-zero")
        {
            Description = "Exit 0 when the versions differ too (for scripts under `set -e` that only want the file); 2 still means trouble",
        };
        var audience = new Option<string?>("--audience")
        {
            Description = "Compare this audience's editions of the two versions (briefings with document_control.audiences)",
            HelpName = "NAME",
        };
        var editions = new Option<bool>("--editions")
        {
            Description = "Compare one briefing's widest edition with its innermost (e.g. public → members): what the public does not see",
        };
        var command = new Command("diff", "Show what changed between two versions of a briefing, section by section and word by word.")
        {
            oldPath, newPath, against, format, output, exitZero, audience, editions,
        };
        command.SetAction(parseResult =>
        {
            var code = Run(
                context,
                parseResult.GetValue(oldPath)!,
                parseResult.GetValue(newPath),
                parseResult.GetValue(against),
                parseResult.GetValue(format) ?? TextFormat,
                parseResult.GetValue(output),
                new EditionChoice(parseResult.GetValue(audience), parseResult.GetValue(editions)),
                ColorOption.Enabled(parseResult, context));
            // diff(1)'s codes by default; a script that only wants the file asks for 0 on changes.
            return code == Changes && parseResult.GetValue(exitZero) ? NoChanges : code;
        });
        return command;
    }

    private static int Run(CliContext context, string first, string? second, string? revision, string format, string? outPath, EditionChoice choice, bool colour)
    {
        if (choice.Editions)
        {
            if (second is not null || revision is not null || choice.Audience is not null)
                return Fail(context, "--editions compares the editions of one briefing: give one file (briefc diff --editions FILE), without NEW, --against or --audience");
            return RunEditions(context, first, format, outPath, colour);
        }

        if ((second is null) == (revision is null))
        {
            return Fail(context, "give two files (briefc diff OLD NEW) or one file and a revision (briefc diff FILE --against REV)");
        }
        if (format == PdfFormat && outPath is null)
        {
            return Fail(context, "--format pdf writes a file: give it with --out FILE");
        }
        var (oldSide, newSide, error) = revision is null ? LoadFiles(context, first, second!) : LoadAgainst(context, first, revision);
        if (error is not null)
        {
            return Fail(context, error);
        }
        var writer = new DiagnosticWriter(context.Error, colour);
        foreach (var diagnostic in oldSide!.Diagnostics.Concat(newSide!.Diagnostics))
        {
            writer.Write(diagnostic);
        }
        if (oldSide.Briefing is null || newSide.Briefing is null)
        {
            var invalid = string.Join(" and ", new[] { oldSide, newSide }.Where(s => s.Briefing is null).Select(s => s.Path));
            return Fail(context, $"cannot compare: {invalid} is not a valid briefing");
        }

        var (oldBriefing, newBriefing) = (oldSide.Briefing, newSide.Briefing);
        if (choice.Audience is { } name)
        {
            var (oldEdition, oldError) = EditionOf(oldBriefing, name, oldSide.Path);
            var (newEdition, newError) = EditionOf(newBriefing, name, newSide.Path);
            if ((oldError ?? newError) is { } missing)
                return Fail(context, missing);
            (oldBriefing, newBriefing) = (oldEdition!, newEdition!);
        }

        return Write(context, BriefingDiffer.Compare(oldBriefing, newBriefing), new DiffSides(oldSide.Path, newSide.Path, oldBriefing.CurrentVersion.Version, newBriefing.CurrentVersion.Version), newBriefing, format, outPath, colour);
    }

    /// <summary><c>--editions</c>: the widest edition (old side) against the innermost (new side) — added text is what only the inner circle sees.</summary>
    private static int RunEditions(CliContext context, string path, string format, string? outPath, bool colour)
    {
        var loaded = BriefingLoader.LoadFile(context.FullPath(path), path);
        foreach (var diagnostic in loaded.Diagnostics)
            context.Error.WriteLine(diagnostic.ToString());
        if (loaded.Briefing is not { } briefing)
            return Fail(context, $"cannot compare: {path} is not a valid briefing");
        var audiences = EditionFilter.EditionsOf(briefing);
        if (audiences.Count == 0)
            return Fail(context, $"{path} has one edition for everyone: it declares no `document_control.audiences`");

        var (widest, innermost) = (audiences[^1], audiences[0]);
        var diff = BriefingDiffer.Compare(EditionFilter.Apply(briefing, widest), EditionFilter.Apply(briefing, innermost));
        return Write(context, diff, new DiffSides($"{path} ({widest.Name})", $"{path} ({innermost.Name})"), EditionFilter.Apply(briefing, innermost), format, outPath, colour);
    }

    /// <summary>One audience's edition of a side; a side without audiences is one edition for everyone, compared as it is.</summary>
    private static (Briefing? Edition, string? Error) EditionOf(Briefing briefing, string audience, string path)
    {
        var audiences = EditionFilter.EditionsOf(briefing);
        if (audiences.Count == 0)
            return (briefing, null);
        return audiences.FirstOrDefault(a => a.Name == audience) is { } edition
            ? (EditionFilter.Apply(briefing, edition), null)
            : (null, $"{path} has no `{audience}` edition (its audiences: {string.Join(", ", audiences.Select(a => a.Name))})");
    }

    private static int Write(CliContext context, BriefingDiff diff, DiffSides sides, Briefing newBriefing, string format, string? outPath, bool colour)
    {
        var rendered = format switch
        {
            JsonFormat => JsonDiffWriter.Write(diff, sides),
            HtmlFormat or PdfFormat => RenderHtml(diff, sides, newBriefing),
            _ => TextDiffRenderer.Render(diff, sides, colour: outPath is null && colour),
        };
        byte[]? pdfBytes = null;
        if (format == PdfFormat)
        {
            var pdf = RenderPdf(rendered, newBriefing);
            foreach (var message in pdf.Messages)
            {
                context.Error.WriteLine($"{outPath}: {(message.Severity == PdfMessageSeverity.Error ? "error" : "warning")} {message.Code}: {message.Message}");
            }
            if (pdf.HasErrors)
            {
                return Trouble;
            }
            pdfBytes = pdf.Pdf;
        }
        if (outPath is null)
        {
            context.Output.Write(rendered);
        }
        else
        {
            try
            {
                if (pdfBytes is not null)
                {
                    AtomicFile.WriteAllBytes(context.FullPath(outPath), pdfBytes);
                }
                else
                {
                    AtomicFile.WriteAllText(context.FullPath(outPath), rendered);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Fail(context, $"cannot write '{outPath}': {exception.Message}");
            }
        }
        return diff.HasChanges ? Changes : NoChanges;
    }

    /// <summary>What <c>--audience</c> and <c>--editions</c> ask for.</summary>
    private sealed record EditionChoice(string? Audience, bool Editions);

    /// <summary>
    /// The redline in the briefing's own look (the built-in template, changed texts marked in place); the
    /// plain redline page if the template cannot render the redline model.
    /// </summary>
    private static string RenderHtml(BriefingDiff diff, DiffSides sides, Briefing briefing)
    {
        var labels = BuiltInLabels.Resolve(briefing.Language, briefing.Labels);
        return TemplateRedlineRenderer.Render(BriefingTemplate.BuiltIn(), briefing, diff, sides, labels)
            ?? HtmlRedlineRenderer.Render(diff, sides, briefing.Language, labels);
    }

    /// <summary>The redline laid out by the same engine as <c>briefc build</c>, dated like the new version's PDF.</summary>
    private static PdfRenderResult RenderPdf(string html, Briefing briefing)
    {
        using var catalog = new FontCatalog();
        var date = new DateTimeOffset(briefing.CurrentVersion.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions { Date = date });
    }

    // Paths are read from the working directory of the command and shown as the user gave them.
    private static (LoadResult? Old, LoadResult? New, string? Error) LoadFiles(CliContext context, string oldPath, string newPath)
    {
        foreach (var path in new[] { oldPath, newPath })
        {
            if (!File.Exists(context.FullPath(path)))
            {
                return (null, null, $"no such file: '{path}'");
            }
        }
        return (BriefingLoader.LoadFile(context.FullPath(oldPath), oldPath), BriefingLoader.LoadFile(context.FullPath(newPath), newPath), null);
    }

    private static (LoadResult? Old, LoadResult? New, string? Error) LoadAgainst(CliContext context, string path, string revision)
    {
        if (!File.Exists(context.FullPath(path)))
        {
            return (null, null, $"no such file: '{path}'");
        }
        var earlier = GitRevisionReader.Read(context.FullPath(path), revision, path);
        if (earlier.Error is not null)
        {
            return (null, null, earlier.Error);
        }
        if (earlier.Missing)
        {
            return (null, null, $"'{path}' did not exist at {revision}");
        }
        // The earlier version's figures from its folder at that revision: an image replaced since shows as changed.
        return (BriefingLoader.LoadEarlier(earlier.Name, earlier.Content, earlier.Folder!), BriefingLoader.LoadFile(context.FullPath(path), path), null);
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc diff: error: {message}");
        return Trouble;
    }
}
