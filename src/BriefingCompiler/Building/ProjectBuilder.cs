using BriefingCompiler.Diagnostics;
using BriefingCompiler.Html;
using BriefingCompiler.Loading;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Resources;
using BriefingCompiler.Pdf.Timing;
using BriefingCompiler.Templating;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Building;

/// <summary>
/// A whole build: decides which sources are up to date (<see cref="BuildManifest"/>), compiles the others in
/// parallel, compares language versions (those compiled now with each other and with what the manifest recorded
/// of those up to date), writes what succeeded (each file atomically) and records it in the manifest. A source that fails writes nothing, so its previous outputs
/// and manifest entry stay as they were. The template, the fonts and the PDF engine are loaded only when at least
/// one source needs compiling: a build with nothing to do reads the sources and hashes files, nothing more.
/// </summary>
public sealed class ProjectBuilder(BuildRequest request)
{
    /// <param name="progress">Called with (compiled so far, to compile) after each compiled source, from any thread.</param>
    /// <param name="timings">Where to add the time each stage takes (<c>briefc build --timings</c>), or null.</param>
    public BuildReport Run(Action<int, int>? progress = null, BuildTimings? timings = null)
    {
        var manifestRead = BuildManifest.Load(request.OutputFolder, request.OutputFolderDisplay);
        var manifest = manifestRead.Manifest;
        var folderWarnings = manifestRead.Warnings.ToList();
        AtomicFile.RemoveAbandonedTemporaries(request.OutputFolder);
        var shared = BuildFingerprint.Shared(request);
        var clashes = OutputNameClashes(request.Sources);
        var planned = request.Sources
            .AsParallel().AsOrdered()
            .Select(source => clashes.TryGetValue(source, out var clash) ? new SourcePlan(source, null, null, clash) : Plan(source, shared, manifest))
            .ToList();
        var stale = planned.Where(p => p.Outcome is null).ToList();
        var compiled = new Dictionary<BuildSource, CompileResult>();
        if (stale.Count > 0)
        {
            var (results, templateFailure) = Compile(stale, progress, timings);
            if (templateFailure is not null)
                return new BuildReport([], templateFailure);
            compiled = results;
        }

        // Language versions: the briefings compiled now, and what the manifest recorded of those that are up to date.
        var facts = planned.Select(p => compiled.TryGetValue(p.Source, out var result)
            ? result.Briefing is { } briefing ? TranslationFacts.Of(briefing) : null
            : p.Outcome?.Status == BuildStatus.UpToDate ? manifest.Entries[BuildManifest.KeyOf(p.Source.DisplayPath)].Translation?.At(p.Source.DisplayPath) : null);
        var translations = TranslationConsistency.Check(facts.OfType<TranslationFacts>()).ToLookup(d => d.Span.File, StringComparer.Ordinal);

        var outcomes = new List<SourceOutcome>();
        var updates = new List<(string, ManifestEntry)>();
        foreach (var plan in planned)
        {
            var warnings = translations[plan.Source.DisplayPath].ToList();
            if (!compiled.TryGetValue(plan.Source, out var result))
            {
                outcomes.Add(WithWarnings(plan.Outcome!, warnings));
                continue;
            }

            var diagnostics = result.Diagnostics.Concat(warnings)
                .OrderBy(d => d.Span.File == plan.Source.DisplayPath ? 0 : 1).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
                .ToList();
            if (diagnostics.Any(d => d.IsError) || (request.WarningsAsErrors && diagnostics.Count > 0) || result.Outputs.Count == 0)
            {
                outcomes.Add(new SourceOutcome(plan.Source.DisplayPath, BuildStatus.Failed, [], diagnostics));
                continue;
            }

            var writeStart = timings?.Start() ?? 0;
            var names = OutputWriter.Write(result, request.OutputFolder).Select(path => Path.GetFileName(path)).ToList();
            timings?.AddWrite(writeStart);
            outcomes.Add(new SourceOutcome(plan.Source.DisplayPath, BuildStatus.Built,
                [.. names.Select(n => Path.Combine(request.OutputFolderDisplay, n))], diagnostics));
            updates.Add((BuildManifest.KeyOf(plan.Source.DisplayPath), new ManifestEntry(
                RelativeToOutput(plan.Source.FullPath),
                plan.Inputs!,
                result.Outputs.Zip(names).ToDictionary(o => o.Second, o => BuildFingerprint.Hash(o.First.Content), StringComparer.Ordinal),
                result.Briefing is { } model ? TranslationFacts.Of(model)?.At("") : null)));
        }

        var currentKeys = planned.Select(p => BuildManifest.KeyOf(p.Source.DisplayPath)).ToHashSet(StringComparer.Ordinal);
        var orphans = manifest.Orphans(request.OutputFolder, currentKeys).ToList();
        var removed = RemoveOutputs(orphans, folderWarnings);
        if (updates.Count > 0 || orphans.Count > 0 || folderWarnings.Count > 0)
        {
            var writeStart = timings?.Start() ?? 0;
            try
            {
                manifest.With(updates).Without(orphans.Select(o => o.Key)).Write(request.OutputFolder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The outputs are written; without a record of them the next build rebuilds them, nothing worse.
                folderWarnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.ManifestIgnored,
                    $"the build manifest cannot be written ({e.Message}): the next build rebuilds every briefing", SourceSpan.StartOf(ManifestDisplay)));
            }

            timings?.AddWrite(writeStart);
        }

        return new BuildReport(outcomes, null) { Removed = removed, Warnings = folderWarnings };
    }

    /// <summary>
    /// Deletes the outputs of a briefing whose source is gone, so a deleted or renamed briefing does not live on in
    /// the output folder (and in what CI publishes from it). Only files that still have the bytes the build wrote:
    /// a file someone changed or put there since is not the build's to delete.
    /// </summary>
    private List<RemovedOutput> RemoveOutputs(IEnumerable<KeyValuePair<string, ManifestEntry>> orphans, List<Diagnostic> warnings)
    {
        var removed = new List<RemovedOutput>();
        foreach (var (_, entry) in orphans)
        {
            // The names were checked when the manifest was read: plain file names of this briefing's outputs.
            foreach (var (name, hash) in entry.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var path = Path.Combine(request.OutputFolder, name);
                if (new FileInfo(path).LinkTarget is not null || (Path.Exists(path) && RegularFile.Problem(path) is { } problem && problem != "missing"))
                {
                    warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.OutputNotRemoved,
                        $"{name} is not removed: it is {(new FileInfo(path).LinkTarget is not null ? "a symbolic link" : RegularFile.Problem(path))}, not a file briefc wrote",
                        SourceSpan.StartOf(Path.Combine(request.OutputFolderDisplay, name))));
                    continue;
                }

                if (!BuildManifest.OutputMatches(path, hash))
                    continue;
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                // The manifest knows the source relative to the output folder only; its file name is what people recognise.
                removed.Add(new RemovedOutput(Path.Combine(request.OutputFolderDisplay, name), Path.GetFileName(entry.Source)));
            }
        }

        return removed;
    }

    /// <summary>
    /// An outcome decided without compiling, with the translation warnings about it. An up-to-date briefing whose
    /// language versions now disagree with it fails with <see cref="BuildRequest.WarningsAsErrors"/> (its outputs
    /// stay): the verdict must not depend on whether it happened to be rebuilt.
    /// </summary>
    private SourceOutcome WithWarnings(SourceOutcome outcome, IReadOnlyList<Diagnostic> warnings) =>
        warnings.Count == 0
            ? outcome
            : outcome with
            {
                Status = request.WarningsAsErrors ? BuildStatus.Failed : outcome.Status,
                Outputs = request.WarningsAsErrors ? [] : outcome.Outputs,
                Diagnostics = [.. outcome.Diagnostics.Concat(warnings).OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)],
            };

    /// <summary>
    /// The part of a build that needs the engines: the template, the fonts and the PDF renderer are made here and
    /// only here, in a method of its own so that a build with nothing to do never even loads their assemblies (the
    /// JIT loads a method's types when it compiles the method). When the template has errors: no results, and the
    /// template's outcome.
    /// </summary>
    private (Dictionary<BuildSource, CompileResult> Results, SourceOutcome? TemplateFailure) Compile(
        List<SourcePlan> stale, Action<int, int>? progress, BuildTimings? timings)
    {
        // The second core warms the styling code up while this one loads the template and fonts and the first briefing.
        var warmUp = (request.Formats & (OutputFormats.Pdf | OutputFormats.Png)) != 0 ? Task.Run(PdfRenderer.WarmUpStyling) : Task.CompletedTask;
        var start = timings?.Start() ?? 0;
        var loaded = request.TemplatePath is null
            ? new TemplateLoadResult(BriefingTemplate.BuiltIn(), [])
            : BriefingTemplate.Load(request.TemplatePath, request.TemplateDisplay);
        if (loaded.Template is not { } template)
            return ([], new SourceOutcome(request.TemplateDisplay ?? request.TemplatePath!, BuildStatus.Failed, [], loaded.Diagnostics));
        timings?.AddTemplate(start);

        start = timings?.Start() ?? 0;
        using var catalog = new FontCatalog(request.FontFolders, request.FontFoldersDisplay);
        timings?.Render.Add(RenderStage.TextAndFonts, start);
        var compiler = new Compiler(template, new PdfRenderer(catalog));
        var done = 0;
        var results = stale
            .AsParallel()
            .Select(p =>
            {
                var result = compiler.Compile(p.Source.DisplayPath, p.Bytes!, request.Formats, request.SourceDate, timings);
                progress?.Invoke(Interlocked.Increment(ref done), stale.Count);
                return (p.Source, Result: result);
            })
            .ToDictionary(r => r.Source, r => r.Result);
        warmUp.Wait();
        return (results, null);
    }

    /// <summary>Sources that would write the same output files (same name in two folders): each fails, naming the others.</summary>
    private static Dictionary<BuildSource, SourceOutcome> OutputNameClashes(IReadOnlyList<BuildSource> sources) =>
        sources
            .GroupBy(s => BuildManifest.KeyOf(s.DisplayPath), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(source => (Source: source, Outcome: new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [],
                [new Diagnostic(Severity.Error, DiagnosticCodes.OutputNameClash,
                    $"{string.Join(" and ", g.Where(o => o != source).Select(o => o.DisplayPath))} would write the same outputs ({g.Key}.*); rename one of them",
                    SourceSpan.StartOf(source.DisplayPath))]))))
            .ToDictionary(c => c.Source, c => c.Outcome);

    /// <summary>Reads and fingerprints one source; the outcome is set when nothing needs doing (up to date) or can be done (unreadable).</summary>
    private SourcePlan Plan(BuildSource source, string shared, BuildManifest manifest)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(source.FullPath, SourceLimits.MaxFileBytes);
        }
        catch (FileTooLargeException)
        {
            // An oversized file is not read into memory: the loader refuses it by its length, with its diagnostic.
            return new SourcePlan(source, null, null, new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [],
                BriefingLoader.LoadFile(source.FullPath, source.DisplayPath).Diagnostics));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourcePlan(source, null, null, new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [],
                [new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", SourceSpan.StartOf(source.DisplayPath))]));
        }

        var inputs = BuildFingerprint.Source(shared, bytes);
        var key = BuildManifest.KeyOf(source.DisplayPath);
        if (request.Force || !manifest.IsUpToDate(key, inputs, request.OutputFolder))
            return new SourcePlan(source, bytes, inputs, null);

        var outputs = manifest.Entries[key].Outputs.Keys.Order(StringComparer.Ordinal).Select(n => Path.Combine(request.OutputFolderDisplay, n));
        return new SourcePlan(source, null, inputs, new SourceOutcome(source.DisplayPath, BuildStatus.UpToDate, [.. outputs], []));
    }

    private string ManifestDisplay => Path.Combine(request.OutputFolderDisplay, BuildManifest.FileName);

    private string RelativeToOutput(string fullPath) => Path.GetRelativePath(request.OutputFolder, fullPath).Replace('\\', '/');

    private sealed record SourcePlan(BuildSource Source, byte[]? Bytes, string? Inputs, SourceOutcome? Outcome);
}
