namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Collects the messages of one render. Each kind (a code plus a subject such as a property name) is
/// reported once, so a template that floats 300 elements gets one warning, not 300.
/// </summary>
public sealed class MessageLog
{
    private readonly List<PdfMessage> messages = [];
    private readonly HashSet<string> seenKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PdfSourcePosition> firstUses = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PdfMessage> Messages => messages;

    /// <summary>
    /// The element being styled while the box tree is built: a message logged meanwhile names it. Null
    /// outside that stage (layout messages are about the page, not an element).
    /// </summary>
    public PdfSourcePosition? Position { get; set; }

    public void WarnOnce(string code, string kind, string message) => AddOnce(PdfMessageSeverity.Warning, code, kind, message);

    /// <summary>Remembers where <paramref name="subject"/> (such as a font family) is first used: the element being
    /// styled (<see cref="Position"/>), for a message a later stage gives about it.</summary>
    public void NoteFirstUse(string subject)
    {
        if (Position is { } position) firstUses.TryAdd(subject, position);
    }

    /// <summary>Where <paramref name="subject"/> was first used (<see cref="NoteFirstUse"/>), or null when it never was.</summary>
    public PdfSourcePosition? FirstUse(string subject) => firstUses.TryGetValue(subject, out var position) ? position : null;

    /// <summary>A warning about <paramref name="subject"/>, once per code and subject, placed where it was first used
    /// (<see cref="NoteFirstUse"/>; no place when it was never noted).</summary>
    public void WarnOnceAtFirstUse(string code, string subject, string message)
    {
        var current = Position;
        Position = firstUses.GetValueOrDefault(subject);
        AddOnce(PdfMessageSeverity.Warning, code, subject, message);
        Position = current;
    }

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
