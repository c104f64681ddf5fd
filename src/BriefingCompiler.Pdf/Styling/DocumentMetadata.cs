namespace BriefingCompiler.Pdf.Styling;

/// <summary>What the HTML says about itself: &lt;title&gt;, &lt;html lang&gt;, &lt;meta name=description|keywords|author&gt;.</summary>
public sealed record DocumentMetadata(string? Title, string? Language, string? Subject, string? Keywords, string? Author);
