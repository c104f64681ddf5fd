using System.Diagnostics;
using System.Globalization;
using BriefingCompiler.Conformance;

// dotnet run -c Release --project tests/BriefingCompiler.Conformance -- [--folder F]... [--update-expectations]
//     [--timeout SECONDS] [--jobs N] [--results FILE] [--every N] [--engine briefc|chromium|weasyprint]
// Runs the W3C CSS reftests, prints a table per folder, writes results.json (full runs; --results for others)
// and, with --update-expectations, expectations.txt. Exit 0; 1 when a test in expectations.txt no longer passes; 2 usage.
// A peer engine (--engine chromium|weasyprint) is judged the same way; its results go only to --results FILE, and
// expectations.txt is neither read nor written.
var folders = new List<string>();
var update = false;
var timeout = TimeSpan.FromSeconds(30);
var jobs = Environment.ProcessorCount;
string? resultsOption = null;
int? every = null;
var engine = ReftestEngine.Briefc;
const string Usage = "[--folder F]... [--update-expectations] [--timeout SECONDS] [--jobs N] [--results FILE] [--every N] [--engine briefc|chromium|weasyprint]";
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        switch (args[i])
        {
            case "--folder":
                folders.Add(Value().Trim('/'));
                break;
            case "--update-expectations":
                update = true;
                break;
            case "--timeout":
                timeout = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture));
                break;
            case "--jobs":
                jobs = int.Parse(Value(), CultureInfo.InvariantCulture);
                break;
            case "--results":
                resultsOption = Value();
                break;
            case "--every":
                every = int.Parse(Value(), CultureInfo.InvariantCulture);
                if (every < 1)
                    throw new ArgumentException("--every needs a whole number of 1 or more");
                break;
            case "--engine":
                var name = Value();
                engine = name.ToLowerInvariant() switch
                {
                    "briefc" => ReftestEngine.Briefc,
                    "chromium" => ReftestEngine.Chromium,
                    "weasyprint" => ReftestEngine.WeasyPrint,
                    _ => throw new ArgumentException($"unknown engine '{name}' (briefc, chromium or weasyprint)"),
                };
                break;
            default:
                throw new ArgumentException($"unknown argument '{args[i]}'");
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine($"conformance: error: {e.Message}. Usage: {Usage}");
        return 2;
    }
}

var peer = engine != ReftestEngine.Briefc;
if (update && (peer || every is not null))
{
    Console.Error.WriteLine("conformance: error: --update-expectations is for full or --folder runs of our engine, not with --engine or --every");
    return 2;
}

if (peer && resultsOption is null)
{
    Console.Error.WriteLine($"conformance: error: --engine {engine.ToString().ToLowerInvariant()} needs --results FILE (a peer's results never go to results.json). Usage: {Usage}");
    return 2;
}

var repository = SuiteFolder.RepositoryRoot(AppContext.BaseDirectory) ?? SuiteFolder.RepositoryRoot(Directory.GetCurrentDirectory());
var suite = repository is null ? null : SuiteFolder.Locate(repository);
if (repository is null || suite is null || !Directory.Exists(suite))
{
    Console.Error.WriteLine($"conformance: error: the W3C CSS test suite is not at {suite ?? SuiteFolder.RelativeToRepository + " (no repository root found)"}; " +
                            "it is expected beside the repository, at ../shared/conformance/w3c-css-2017");
    return 2;
}

var harnessFolder = Path.Combine(repository, "tests", "BriefingCompiler.Conformance");
var resultsOptionPath = resultsOption is null ? null : Path.GetFullPath(resultsOption);
if (peer && (resultsOptionPath == Path.Combine(harnessFolder, "results.json") || resultsOptionPath == Path.Combine(harnessFolder, ExpectationsFile.FileName)))
{
    Console.Error.WriteLine($"conformance: error: a peer's results may not overwrite {resultsOptionPath}; give another --results FILE");
    return 2;
}

if (peer && new[] { PeerCommand.Program(engine), PeerCommand.PdftoppmProgram }.FirstOrDefault(p => ExecutableSearch.Find(p) is null) is { } missing)
{
    Console.Error.WriteLine($"conformance: error: {missing} is not on PATH; --engine {engine.ToString().ToLowerInvariant()} runs it " +
                            $"(Debian: apt-get install {(missing == PeerCommand.PdftoppmProgram ? "poppler-utils" : missing)})");
    return 2;
}
IReadOnlyDictionary<string, InvalidTest> invalid;
try
{
    invalid = InvalidTestsFile.Read(Path.Combine(harnessFolder, InvalidTestsFile.FileName));
}
catch (FormatException e)
{
    Console.Error.WriteLine($"conformance: error: {e.Message}");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var tests = ReftestCatalog.Discover(suite, folders, invalid);
if (every is { } n)
    tests = ReftestSample.EveryNth(tests, n);
if (tests.Count == 0)
{
    Console.Error.WriteLine($"conformance: error: no reftests under {string.Join(", ", folders)} in {suite}");
    return 2;
}

Console.Error.WriteLine($"{tests.Count} tests found in {stopwatch.Elapsed.TotalSeconds:0.0} s; running {engine} on {jobs} threads…");
using var fonts = ReftestRunner.CreateFonts(suite);
var peerWork = peer ? Directory.CreateTempSubdirectory("briefc-peer-").FullName : null;
if (peerWork is not null)
{
    // Also when the run is stopped (Ctrl+C, SIGTERM): the folder holds each render's files and the fontconfig cache.
    AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteWorkFolder(peerWork);
    Console.CancelKeyPress += (_, _) => DeleteWorkFolder(peerWork);
}

// A peer's processes are each ended after the timeout (PeerRenderer), so its tests need no limit of their own.
var runner = peerWork is null
    ? new ReftestRunner(suite, fonts, timeout, tests)
    : new ReftestRunner(suite, new PeerRenderer(engine, suite, [Path.Combine(repository, "fonts"), ReftestRunner.AhemFolder(suite)], peerWork, timeout).RenderPages,
        Timeout.InfiniteTimeSpan, tests);
var results = new ReftestResult[tests.Count];
var done = 0;
Parallel.For(0, tests.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
{
    results[i] = runner.Run(tests[i]);
    if (Interlocked.Increment(ref done) % 250 == 0)
        Console.Error.WriteLine($"  {done}/{tests.Count} ({stopwatch.Elapsed.TotalSeconds:0} s)");
});

Console.Write(ResultsReport.Table(results));
// An entry that names no reftest (a typo, or a test the snapshot does not have) would silently skip nothing.
var discovered = tests.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
foreach (var stale in invalid.Keys.Where(p => folders.Count == 0 && !discovered.Contains(p)).Order(StringComparer.Ordinal))
    Console.WriteLine($"WARNING {InvalidTestsFile.FileName} lists {stale}, which is not a reftest of the suite; remove the line");
Console.WriteLine($"\n{tests.Count} tests by {engine} in {stopwatch.Elapsed.TotalSeconds:0} s on {jobs} threads; default tolerance {FuzzyTolerance.Default}.");

var resultsPath = resultsOptionPath ?? (folders.Count == 0 && every is null ? Path.Combine(harnessFolder, "results.json") : null);
if (resultsPath is not null)
{
    File.WriteAllBytes(resultsPath, ResultsReport.Json(results));
    Console.WriteLine($"Wrote {resultsPath}");
}

if (peerWork is not null)
{
    DeleteWorkFolder(peerWork);
    // Our expectations say nothing about a peer.
    return 0;
}

var expectationsPath = Path.Combine(harnessFolder, ExpectationsFile.FileName);
var expected = ExpectationsFile.Read(expectationsPath);
var ran = results.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
var passing = results.Where(r => r.Status == ReftestStatus.Passed).Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
var regressions = expected.Where(p => ran.Contains(p) && !passing.Contains(p)).ToList();
var newPasses = passing.Where(p => !expected.Contains(p)).Order(StringComparer.Ordinal).ToList();
foreach (var regression in regressions)
    Console.WriteLine($"REGRESSION {regression}: {results.First(r => r.Path == regression).Detail}");
Console.WriteLine($"{regressions.Count} regressions, {newPasses.Count} newly passing against {ExpectationsFile.FileName}.");
if (update)
{
    // Tests outside the folders run keep their lines; those run are replaced by this run's passes.
    ExpectationsFile.Write(expectationsPath, expected.Where(p => !ran.Contains(p)).Concat(passing));
    Console.WriteLine($"Wrote {expectationsPath}");
    return 0;
}

return regressions.Count == 0 ? 0 : 1;

static void DeleteWorkFolder(string folder)
{
    try
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
    catch (IOException)
    {
        // A peer process ended at the timeout may still be writing there; the system's temporary folder keeps the rest.
    }
}
