using BriefingCompiler;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;
using SharpFuzz;

// Fuzzing targets for briefc (run by fuzz/run.sh under AFL++; see fuzz/README.md). A target crashes (an
// unhandled exception, which AFL++ records) when briefc throws, or when a result breaks briefc's promises.
//   BriefingFuzz load|render            read inputs from AFL++ (SharpFuzz, out of process)
//   BriefingFuzz replay load|render F…  run files once, without AFL++: exit 1 when one crashes
if (args.Length < 1 || args[0] is not ("load" or "render" or "replay"))
{
    Console.Error.WriteLine("usage: BriefingFuzz load|render | BriefingFuzz replay load|render FILE...");
    return 2;
}

var replay = args[0] == "replay";
var target = replay ? args[1] : args[0];
// Created on first use: instrumented code must not run before Fuzzer.Run has set up its coverage map.
var catalog = new Lazy<FontCatalog>(() => new FontCatalog());
var template = new Lazy<BriefingTemplate>(BriefingTemplate.BuiltIn);
var renderer = new Lazy<PdfRenderer>(() => new PdfRenderer(catalog.Value));

Action<byte[]> run = target == "render" ? bytes => Render(bytes, template.Value, renderer.Value) : bytes => Load(bytes);

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
        Console.WriteLine($"ok {(Load(bytes).Briefing is null ? "invalid" : "valid  ")} {file}");
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
