namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Collects the messages of one render. Each kind (a code plus a subject such as a property name) is
/// reported once, so a template that floats 300 elements gets one warning, not 300.
/// </summary>
public sealed class MessageLog
{
    private readonly List<PdfMessage> messages = [];
    private readonly HashSet<string> seenKinds = new(StringComparer.Ordinal);

    public IReadOnlyList<PdfMessage> Messages => messages;

    /// <summary>
    /// The element being styled while the box tree is built: a message logged meanwhile names it. Null
    /// outside that stage (layout messages are about the page, not an element).
    /// </summary>
    public PdfSourcePosition? Position { get; set; }

    public void WarnOnce(string code, string kind, string message) => AddOnce(PdfMessageSeverity.Warning, code, kind, message);

    /// <summary>A warning about <paramref name="file"/> (not the HTML), once per code and file.</summary>
    public void WarnAboutFileOnce(string code, string file, string message) =>
        AddOnce(PdfMessageSeverity.Warning, code, file, message, file);

    public void ErrorOnce(string code, string kind, string message) => AddOnce(PdfMessageSeverity.Error, code, kind, message);

    private void AddOnce(PdfMessageSeverity severity, string code, string kind, string message, string? file = null)
    {
        if (seenKinds.Add(code + "|" + kind))
        {
            messages.Add(new PdfMessage(severity, code, message) { Source = file is null ? Position : null, File = file });
        }
    }
}
