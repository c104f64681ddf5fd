namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// A user font that passed its check failed when a document used it: its file changed since, or hb-subset or Skia
/// failed on the characters this document needs. The document is set again without it (see
/// <see cref="Layout.FontSetTextSystem"/>), so this never reaches the user as an exception.
/// </summary>
internal sealed class FontUnusableException : Exception
{
    public FontUnusableException(FontSource source, string reason, Exception? inner = null)
        : base($"the font {source.Origin} cannot be used: {reason}", inner)
    {
        Face = source;
        Reason = reason;
    }

    public FontSource Face { get; }

    public string Reason { get; }
}
