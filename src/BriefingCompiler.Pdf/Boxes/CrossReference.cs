namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Generated text that shows something of another element (CSS GCPM): a counter's value there
/// (<see cref="Counter"/>, with <see cref="Separator"/> for <c>target-counters()</c>; <c>page</c> is the page it lands
/// on), or its text (<see cref="TextPart"/>: content, before, after, first-letter). <see cref="TargetId"/> is the
/// element's id (from <c>#id</c>); null when the reference points outside the document (it shows nothing).
/// </summary>
public sealed record CrossReference(string? TargetId, string? Counter, string? Separator, string Style, string? TextPart)
{
    public bool IsPage => Counter == "page";
}
