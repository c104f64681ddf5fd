using System.Collections.Concurrent;
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
/// <param name="engines">Where a process that builds again and again keeps the template and fonts between builds
/// (<c>briefc watch</c>); null: loaded for this build and closed after it.</param>
public sealed class ProjectBuilder(BuildRequest request, BuildEngineCache? engines = null)
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
        var sharedChecked = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var planned = request.Sources
            .AsParallel().AsOrdered()
            .Select(source => clashes.TryGetValue(source, out var clash) ? new SourcePlan(source, null, clash) : Plan(source, shared, manifest, sharedChecked))
            .ToList();
        var stale = planned.Where(p => p.Outcome is null).ToList();
        var built = new Dictionary<BuildSource, BuiltSource>();
        if (stale.Count > 0)
        {
            // Before any work: a folder that cannot take the outputs fails now, not after everything is compiled.
            EnsureWritable();
            // With warnings as errors, a translation warning decides whether a briefing is written; it must be known
            // before the briefing is compiled, since outputs are written as soon as each is ready.
            var early = request.WarningsAsErrors ? TranslationWarnings(planned, manifest, PreliminaryFacts(stale)) : null;
            var (results, templateFailure) = Compile(stale, shared, early, progress, timings);
            if (templateFailure is not null)
                return new BuildReport([], templateFailure) { Warnings = folderWarnings };
            built = results;
        }

        // Language versions: the briefings compiled now, and what the manifest recorded of those that are up to date.
        var translations = TranslationWarnings(planned, manifest, built.ToDictionary(b => b.Key, b => b.Value.Facts));
        var outcomes = new List<SourceOutcome>();
        var updates = new List<(string, ManifestEntry)>();
        foreach (var plan in planned)
        {
            var warnings = translations[plan.Source.DisplayPath].ToList();
            if (!built.TryGetValue(plan.Source, out var result))
            {
                outcomes.Add(WithWarnings(plan.Outcome!, warnings));
                continue;
            }

            outcomes.Add(result.Outcome with
            {
                Diagnostics = [.. result.Outcome.Diagnostics.Concat(warnings)
                    .OrderBy(d => d.Span.File == plan.Source.DisplayPath ? 0 : 1).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)],
            });
            if (result.Entry is { } entry)
                updates.Add((BuildManifest.KeyOf(plan.Source.DisplayPath), entry));
        }

        var currentKeys = planned.Select(p => BuildManifest.KeyOf(p.Source.DisplayPath)).ToHashSet(StringComparer.Ordinal);
        var orphans = manifest.Orphans(request.OutputFolder, currentKeys).ToList();
        var removed = RemoveOutputs(orphans, folderWarnings);
        if (updates.Count > 0 || orphans.Count > 0 || folderWarnings.Count > 0)
        {
            var writeStart = timings?.Start() ?? 0;
            try
            {
                // An emblem file no page links to any more (the emblem was replaced, or its last briefing is gone) goes too.
                BuildManifest.Commit(request.OutputFolder, updates, [.. orphans.Select(o => o.Key)],
                    unlinked => { foreach (var (name, hash) in unlinked) RemoveOutput(name, hash, folderWarnings); });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or TimeoutException)
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
    /// a file someone changed or put there since is not the build's to delete. Shared files it linked to are removed
    /// when the manifest is committed, if no other briefing links to them.
    /// </summary>
    private List<RemovedOutput> RemoveOutputs(IEnumerable<KeyValuePair<string, ManifestEntry>> orphans, List<Diagnostic> warnings)
    {
        var removed = new List<RemovedOutput>();
        foreach (var (_, entry) in orphans)
        {
            // The names were checked when the manifest was read: plain file names of this briefing's outputs.
            foreach (var name in entry.OwnOutputs.Order(StringComparer.Ordinal))
            {
                // The manifest knows the source relative to the output folder only; its file name is what people recognise.
                if (RemoveOutput(name, entry.Outputs[name], warnings))
                    removed.Add(new RemovedOutput(Path.Combine(request.OutputFolderDisplay, name), Path.GetFileName(entry.Source)));
            }
        }

        return removed;
    }

    /// <summary>Deletes the output <paramref name="name"/> if it is still the regular file with the bytes the build wrote.</summary>
    private bool RemoveOutput(string name, string hash, List<Diagnostic> warnings)
    {
        var path = Path.Combine(request.OutputFolder, name);
        if (new FileInfo(path).LinkTarget is not null || (Path.Exists(path) && RegularFile.Problem(path) is { } problem && problem != "missing"))
        {
            warnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.OutputNotRemoved,
                $"{name} is not removed: it is {(new FileInfo(path).LinkTarget is not null ? "a symbolic link" : RegularFile.Problem(path))}, not a file briefc wrote",
                SourceSpan.StartOf(Path.Combine(request.OutputFolderDisplay, name))));
            return false;
        }

        if (!BuildManifest.OutputMatches(path, hash))
            return false;
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
    private (Dictionary<BuildSource, BuiltSource> Results, SourceOutcome? TemplateFailure) Compile(
        List<SourcePlan> stale, string shared, ILookup<string, Diagnostic>? early, Action<int, int>? progress, BuildTimings? timings)
    {
        // The second core warms the styling code up while this one loads the template and fonts and the first briefing
        // (not when they are kept from an earlier build of this process: that build warmed it up).
        var warmUp = (request.Formats & (OutputFormats.Pdf | OutputFormats.Png)) != 0 && engines?.Holds(shared) != true
            ? Task.Run(PdfRenderer.WarmUpStyling) : Task.CompletedTask;
        var start = timings?.Start() ?? 0;
        TemplateLoadResult LoadTemplate() => request.TemplatePath is null
            ? new TemplateLoadResult(BriefingTemplate.BuiltIn(request.TemplateBudget), [])
            : BriefingTemplate.Load(request.TemplatePath, request.TemplateDisplay, request.TemplateBudget);
        FontCatalog LoadFonts() => new(request.FontFolders, request.FontFoldersDisplay, request.SystemFontFolders);
        var (loaded, cachedFonts) = engines is null ? (LoadTemplate(), null) : engines.Get(shared, LoadTemplate, LoadFonts);
        if (loaded.Template is not { } template)
            return ([], new SourceOutcome(request.TemplateDisplay ?? request.TemplatePath!, BuildStatus.Failed, [], loaded.Diagnostics));
        timings?.AddTemplate(start);

        start = timings?.Start() ?? 0;
        using var ownFonts = cachedFonts is null ? LoadFonts() : null;
        var catalog = cachedFonts ?? ownFonts!;
        timings?.Render.Add(RenderStage.TextAndFonts, start);
        var compiler = new Compiler(template, new PdfRenderer(catalog), request.Editions, request.PdfStandard, request.Emblem, request.Toc, request.NumberedParagraphs);
        var sharedOutputs = new SharedOutputWriter(request.OutputFolder);
        var done = 0;
        try
        {
            var results = stale
                .AsParallel()
                .Select(p =>
                {
                    var result = Build(compiler, p, shared, sharedOutputs, early?[p.Source.DisplayPath].Any() == true, timings);
                    progress?.Invoke(Interlocked.Increment(ref done), stale.Count);
                    return (p.Source, Result: result);
                })
                .ToDictionary(r => r.Source, r => r.Result);
            return (results, null);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<OutputFolderException>().FirstOrDefault() is { } fault)
        {
            throw fault;
        }
        finally
        {
            warmUp.Wait();
        }
    }

    /// <summary>
    /// Compiles one source and, when it may be written, writes its outputs at once: what a build holds per briefing is
    /// then its outcome, its translation facts and the hashes of its outputs, never their bytes, so memory stays
    /// flat however many briefings a build has. Translation warnings are added to the outcome later.
    /// </summary>
    private BuiltSource Build(Compiler compiler, SourcePlan plan, string shared, SharedOutputWriter sharedOutputs, bool hasTranslationWarnings, BuildTimings? timings)
    {
        var source = plan.Source;
        // The plan keeps only a fingerprint, so that a large build does not hold every source in memory: read it
        // again, and fingerprint what was read (the file may have changed since).
        var read = ReadSource(source);
        if (read.Bytes is not { } bytes)
            return new BuiltSource(read.Failure!, null, null);
        var inputs = BuildFingerprint.Source(shared, bytes);
        var result = compiler.Compile(source.DisplayPath, bytes, request.Formats, request.SourceDate, timings, BriefingLoader.FolderOf(source.FullPath));
        var facts = result.Briefing is { } model ? TranslationFacts.Of(model) : null;
        if (result.HasErrors || result.Outputs.Count == 0 || (request.WarningsAsErrors && (result.Diagnostics.Count > 0 || hasTranslationWarnings)))
            return new BuiltSource(new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [], result.Diagnostics), facts, null);

        var writeStart = timings?.Start() ?? 0;
        var written = WriteOutputs(result, sharedOutputs);
        timings?.AddWrite(writeStart);
        var names = written.Select(w => w.Name).ToList();
        // The shared files it links to are recorded with it: it is up to date only while they are there as written.
        var entry = new ManifestEntry(
            RelativeToOutput(source.FullPath),
            inputs,
            written
                .Concat(result.Shared.Select(s => (Name: s.FileName, s.Hash)))
                .ToDictionary(o => o.Name, o => o.Hash, StringComparer.Ordinal),
            facts?.At(""))
        {
            Figures = result.Briefing?.Figures?.ToDictionary(f => f.Key, f => f.Value.ContentHash, StringComparer.Ordinal) ?? [],
            Fonts = Pdf.Fonts.FontUse.Ordered(result.Outputs.SelectMany(o => o.Fonts)),
        };
        return new BuiltSource(
            new SourceOutcome(source.DisplayPath, BuildStatus.Built, [.. names.Select(n => Path.Combine(request.OutputFolderDisplay, n))], result.Diagnostics),
            facts, entry);
    }

    /// <summary>Translation facts of the stale sources from loading and validating them alone (no template, no PDF).</summary>
    private static Dictionary<BuildSource, TranslationFacts?> PreliminaryFacts(List<SourcePlan> stale) =>
        stale.AsParallel()
            .Select(p => (p.Source, Facts: ReadSource(p.Source).Bytes is { } bytes && BriefingLoader.Load(p.Source.DisplayPath, bytes).Briefing is { } b
                ? TranslationFacts.Of(b) : null))
            .ToDictionary(f => f.Source, f => f.Facts);

    /// <summary>A source's bytes, or the failed outcome that says why they cannot be had.</summary>
    private static (byte[]? Bytes, SourceOutcome? Failure) ReadSource(BuildSource source)
    {
        try
        {
            return (RegularFile.ReadAllBytes(source.FullPath, SourceLimits.MaxFileBytes), null);
        }
        catch (FileTooLargeException)
        {
            // An oversized file is not read into memory: the loader refuses it by its length, with its diagnostic.
            return (null, new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [], BriefingLoader.LoadFile(source.FullPath, source.DisplayPath).Diagnostics));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new SourceOutcome(source.DisplayPath, BuildStatus.Failed, [],
                [new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable, $"cannot read the file: {e.Message}", SourceSpan.StartOf(source.DisplayPath))]));
        }
    }

    /// <summary>Translation warnings by source path: the facts of the sources compiled now, and what the manifest recorded of those up to date.</summary>
    private static ILookup<string, Diagnostic> TranslationWarnings(
        IEnumerable<SourcePlan> planned, BuildManifest manifest, IReadOnlyDictionary<BuildSource, TranslationFacts?> compiled)
    {
        var facts = planned.Select(p => compiled.TryGetValue(p.Source, out var fresh)
            ? fresh
            : p.Outcome?.Status == BuildStatus.UpToDate ? manifest.Entries[BuildManifest.KeyOf(p.Source.DisplayPath)].Translation?.At(p.Source.DisplayPath) : null);
        return TranslationConsistency.Check(facts.OfType<TranslationFacts>()).ToLookup(d => d.Span.File, StringComparer.Ordinal);
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
    private SourcePlan Plan(BuildSource source, string shared, BuildManifest manifest, ConcurrentDictionary<string, bool> sharedChecked)
    {
        var read = ReadSource(source);
        if (read.Bytes is not { } bytes)
            return new SourcePlan(source, null, read.Failure);

        var inputs = BuildFingerprint.Source(shared, bytes);
        var key = BuildManifest.KeyOf(source.DisplayPath);
        if (request.Force || !manifest.IsUpToDate(key, inputs, request.OutputFolder, sharedChecked)
            || !Assets.FigureReader.Unchanged(manifest.Entries[key].Figures, BriefingLoader.FolderOf(source.FullPath)))
            return new SourcePlan(source, inputs, null);

        var outputs = manifest.Entries[key].OwnOutputs.Order(StringComparer.Ordinal).Select(n => Path.Combine(request.OutputFolderDisplay, n));
        return new SourcePlan(source, inputs, new SourceOutcome(source.DisplayPath, BuildStatus.UpToDate, [.. outputs], []));
    }

    /// <summary>
    /// Fails now, before anything is compiled, when the output folder cannot take the outputs: a file where it or a
    /// folder above it should be, or — when it exists — no file can be made in it (read-only, no permission). A
    /// folder that does not exist yet is made only when the first output is written (a build that fails on its
    /// template leaves no trace, and builds running at once never remove each other's folder); a full disk shows
    /// when writing.
    /// </summary>
    private void EnsureWritable()
    {
        try
        {
            for (var folder = request.OutputFolder; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (Directory.Exists(folder))
                {
                    if (folder == request.OutputFolder)
                        AtomicFile.ProbeWritable(folder);
                    return;
                }

                if (Path.Exists(folder) || new FileInfo(folder).LinkTarget is not null)
                    throw new IOException($"{folder} is not a folder", 20);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(request.OutputFolderDisplay, Cause(e), e);
        }
    }

    /// <summary>
    /// Writes a compiled briefing's files, the shared files they link to first (a page never links a file not yet
    /// there); a file-system fault stops the build, naming the file and the cause. Gives each output's file name and the
    /// SHA-256 of its bytes, hashed as they were written.
    /// </summary>
    private List<(string Name, string Hash)> WriteOutputs(CompileResult result, SharedOutputWriter sharedOutputs)
    {
        try
        {
            foreach (var output in result.Shared)
                sharedOutputs.Write(output);
            return [.. OutputWriter.Write(result, request.OutputFolder).Select(w => (Path.GetFileName(w.Path), w.Hash))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(request.OutputFolderDisplay, Cause(e), e);
        }
    }

    /// <summary>The cause in plain words: .NET's messages for a full or read-only disk name no file, and paths are machine-specific.</summary>
    private static string Cause(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        IOException { HResult: 28 or unchecked((int)0x80070070) } => "the disk is full (no space left on device)",
        IOException { HResult: 30 } => "the file system is read-only",
        IOException { HResult: 20 or 17 } => "a file is in the way where a folder is needed",
        _ => e.Message,
    };

    private string ManifestDisplay => Path.Combine(request.OutputFolderDisplay, BuildManifest.FileName);

    private string RelativeToOutput(string fullPath) => Path.GetRelativePath(request.OutputFolder, fullPath).Replace('\\', '/');

    /// <param name="Inputs">The source's fingerprint when it was read to be planned.</param>
    /// <param name="Outcome">Set when nothing needs doing (up to date) or can be done (unreadable); null: to compile.</param>
    private sealed record SourcePlan(BuildSource Source, string? Inputs, SourceOutcome? Outcome);

    /// <summary>What a build keeps of a compiled source: its outcome (without translation warnings yet), its facts, its manifest entry when written.</summary>
    private sealed record BuiltSource(SourceOutcome Outcome, TranslationFacts? Facts, ManifestEntry? Entry);
}
