namespace BriefingCompiler.Pdf;

/// <summary>Whether a <see cref="PdfMessage"/> stops the document (Error) or only degrades it (Warning).</summary>
public enum PdfMessageSeverity
{
    Warning,
    Error,
}

/// <summary>
/// Something the engine could not do as the HTML asked, reported as data. <see cref="Code"/> is stable
/// (PDF1xx styling, PDF2xx layout, PDF3xx output); <see cref="Message"/> names the element or property.
/// </summary>
public sealed record PdfMessage(PdfMessageSeverity Severity, string Code, string Message)
{
    /// <summary>The HTML element the message is about (the first one that showed the problem), when known.</summary>
    public PdfSourcePosition? Source { get; init; }

    /// <summary>The file the message is about when it is not the HTML — a font file that cannot be used — as the
    /// catalog's caller names it; null for messages about the HTML and CSS.</summary>
    public string? File { get; init; }
}
