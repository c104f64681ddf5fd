using BriefingCompiler;
using BriefingCompiler.Building;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;
using SharpFuzz;

// Fuzzing targets for briefc (run by fuzz/run.sh under AFL++; see fuzz/README.md). A target crashes (an
// unhandled exception, which AFL++ records) when briefc throws, or when a result breaks briefc's promises.
//   BriefingFuzz load|render|manifest            read inputs from AFL++ (SharpFuzz, out of process)
//   BriefingFuzz replay load|render|manifest F…  run files once, without AFL++: exit 1 when one crashes
string[] targets = ["load", "render", "manifest"];
if (args.Length < 1 || !(targets.Contains(args[0]) || (args[0] == "replay" && args.Length > 1 && targets.Contains(args[1]))))
{
    Console.Error.WriteLine("usage: BriefingFuzz load|render|manifest | BriefingFuzz replay load|render|manifest FILE...");
    return 2;
}

var replay = args[0] == "replay";
var target = replay ? args[1] : args[0];
// Created on first use: instrumented code must not run before Fuzzer.Run has set up its coverage map.
var catalog = new Lazy<FontCatalog>(() => new FontCatalog());
var template = new Lazy<BriefingTemplate>(BriefingTemplate.BuiltIn);
var renderer = new Lazy<PdfRenderer>(() => new PdfRenderer(catalog.Value));

Action<byte[]> run = target switch
{
    "render" => bytes => Render(bytes, template.Value, renderer.Value),
    "manifest" => Manifest,
    _ => bytes => Load(bytes),
};

if (!replay)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        run(buffer.ToArray());
    });
    return 0;
}

var crashed = 0;
foreach (var file in args.Skip(2))
{
    try
    {
        var bytes = File.ReadAllBytes(file);
        run(bytes);
        // Says how far an input got: fuzzing that never reaches a valid briefing tests the loader only.
        Console.WriteLine(target == "manifest"
            ? $"ok {BuildManifest.Parse(bytes, "m").Manifest.Entries.Count} entries {file}"
            : $"ok {(Load(bytes).Briefing is null ? "invalid" : "valid  ")} {file}");
    }
    catch (Exception exception)
    {
        crashed++;
        Console.WriteLine($"CRASHED {file}: {exception.GetType().Name}: {exception.Message}");
        Console.WriteLine(exception.StackTrace);
    }
}

return crashed == 0 ? 0 : 1;

// Loading and validation: a model exactly when there is no error, every diagnostic placed in the file.
static LoadResult Load(byte[] bytes)
{
    var result = BriefingLoader.Load("fuzz.yaml", bytes);
    if ((result.Briefing is null) != result.HasErrors)
    {
        throw new InvalidOperationException("a model was built for a file with errors, or none for a valid file");
    }

    foreach (var diagnostic in result.Diagnostics)
    {
        if (diagnostic.Span.Line < 1 || diagnostic.Span.Column < 1 || diagnostic.Message.Length == 0)
        {
            throw new InvalidOperationException($"diagnostic without a place or a message: {diagnostic}");
        }
    }

    return result;
}

// The whole path after loading: template (Markdown → HTML) and the PDF engine.
static void Render(byte[] bytes, BriefingTemplate template, PdfRenderer renderer)
{
    if (Load(bytes).Briefing is not { } briefing)
    {
        return;
    }

    var html = template.Render(briefing).Html;
    if (html is null)
    {
        return;
    }

    var pdf = renderer.RenderPdf(html, new PdfRenderOptions());
    if (pdf.PageCount < 1 || !pdf.Pdf.AsSpan().StartsWith("%PDF-"u8))
    {
        throw new InvalidOperationException("the engine returned no PDF");
    }
}

// The build manifest, read as the untrusted data it is: never an exception; every entry kept names only its
// briefing's own outputs in the output folder (what a build may delete); what is kept survives writing and reading again.
static void Manifest(byte[] bytes)
{
    var read = BuildManifest.Parse(bytes, "out/.briefc-manifest.json");
    foreach (var (key, entry) in read.Manifest.Entries)
    {
        if (!BuildManifest.IsPlainFileName(key) || entry.Outputs.Keys.Any(name => !BuildManifest.IsOutputName(name, key)))
        {
            throw new InvalidOperationException($"an entry naming files outside its own outputs was kept: {key}");
        }
    }

    var again = BuildManifest.Parse(read.Manifest.ToJson(), "again");
    if (again.Warnings.Count > 0 || !again.Manifest.ToJson().AsSpan().SequenceEqual(read.Manifest.ToJson()))
    {
        throw new InvalidOperationException("the manifest briefc writes does not read back as itself");
    }
}
