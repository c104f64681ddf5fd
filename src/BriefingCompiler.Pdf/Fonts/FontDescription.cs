namespace BriefingCompiler.Pdf.Fonts;

/// <summary>One face as <c>briefc fonts</c> lists it: its CSS matching keys, the scripts it draws (ISO 15924 codes;
/// Zsym symbols, Zsye emoji, Zmth maths) and where it comes from: <see cref="File"/> is null for a bundled face, else
/// the user font's path as messages name it.</summary>
public sealed record FontDescription(string Family, int Weight, bool Italic, IReadOnlyList<string> Scripts, string? File)
{
    public bool IsBundled => File is null;

    /// <summary>Where the face comes from: bundled when it has no file, else a <c>--fonts</c> folder unless set.</summary>
    public FontOrigin Origin { get; init; } = File is null ? FontOrigin.Bundled : FontOrigin.FontsFolder;
}
