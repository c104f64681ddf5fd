using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using SharpFuzz;

// Fuzzing the user-font loader (issue 20, item 5), run by fuzz/run-fonts.sh under AFL++. Each input is a font file
// put into a font folder: the catalog checks it (UserFontValidator) and a small document is set in its family. The
// target crashes (an unhandled exception, which AFL++ records) when the check or the engine throws, or when a font
// that passed the check gives no PDF.
//   FontFuzz fonts               read inputs from AFL++ (SharpFuzz, out of process)
//   FontFuzz seed FILE.ttf OUT   write a small seed: FILE subset to a few characters
//   FontFuzz replay FILE...      run files once, without AFL++: exit 1 when one crashes
switch (args.FirstOrDefault())
{
    case "fonts":
        var folder = Directory.CreateTempSubdirectory("font-fuzz-").FullName;
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Load(buffer.ToArray(), folder);
        });
        return 0;
    case "seed" when args.Length == 3:
        File.WriteAllBytes(args[2], FontSeed.Subset(File.ReadAllBytes(args[1]), "Hello, fonts 1"));
        return 0;
    case "replay":
        var crashed = 0;
        var replayFolder = Directory.CreateTempSubdirectory("font-fuzz-").FullName;
        foreach (var file in args.Skip(1))
        {
            try
            {
                Console.WriteLine($"ok {Load(File.ReadAllBytes(file), replayFolder)} {file}");
            }
            catch (Exception exception)
            {
                crashed++;
                Console.WriteLine($"CRASHED {file}: {exception.GetType().Name}: {exception.Message}");
                Console.WriteLine(exception.StackTrace);
            }
        }

        return crashed == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: FontFuzz fonts | FontFuzz seed FONT OUT | FontFuzz replay FILE...");
        return 2;
}

// The input as a user font: checked when the folder is scanned, then (when it passed) used to set text.
static string Load(byte[] bytes, string folder)
{
    File.WriteAllBytes(Path.Combine(folder, "input.ttf"), bytes);
    using var catalog = new FontCatalog([folder]);
    var rejected = catalog.RejectedFiles;
    var family = catalog.FamilyNames.FirstOrDefault(f => f is not ("Noto Sans" or "Noto Sans SC" or "Noto Naskh Arabic"));
    if (family is null)
    {
        return rejected.Count == 1 ? "rejected: " + rejected[0].Reason : "accepted as a bundled family";
    }

    var html = $"<!DOCTYPE html><html lang=\"en\"><head><style>p {{ font-family: '{family.Replace("'", "")}'; }}</style></head>"
               + "<body><p>Hello, fonts 1</p></body></html>";
    var pdf = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
    if (pdf.PageCount < 1 || !pdf.Pdf.AsSpan().StartsWith("%PDF-"u8))
    {
        throw new InvalidOperationException("a font that passed the check gave no PDF");
    }

    return "accepted";
}
