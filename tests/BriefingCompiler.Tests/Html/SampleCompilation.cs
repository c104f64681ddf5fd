using System.Text;
using BriefingCompiler.Building;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Html;

/// <summary>Runs a source through the real <see cref="Compiler"/> for its HTML output, as <c>briefc build --format html</c> does.</summary>
internal static class SampleCompilation
{
    public static (string? Html, CompileResult Result) Html(string sourcePath)
    {
        using var catalog = new FontCatalog();
        var result = new Compiler(BriefingTemplate.BuiltIn(), new PdfRenderer(catalog)).Compile(sourcePath, OutputFormats.Html);
        var html = result.Outputs.SingleOrDefault(o => o.Suffix == ".html") is { } output ? Encoding.UTF8.GetString(output.Content) : null;
        return (html, result);
    }
}
