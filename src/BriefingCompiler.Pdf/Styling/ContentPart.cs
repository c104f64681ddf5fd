namespace BriefingCompiler.Pdf.Styling;

/// <summary>One piece of a margin box's <c>content</c>: a literal string, <c>counter(page)</c> / <c>counter(pages)</c>, or
/// an image (<c>url(…)</c>, its address as written).</summary>
public sealed record ContentPart(string? Literal, string? Counter, string? Image = null)
{
    public string Resolve(int page, int pages) => Counter switch
    {
        "page" => page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "pages" => pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Literal ?? "",
    };
}
