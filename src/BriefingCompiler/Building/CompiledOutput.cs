namespace BriefingCompiler.Building;

/// <summary>One file a build produces for a briefing: the suffix after its base name (".html", ".page-2.png") and its bytes.</summary>
public sealed record CompiledOutput(string Suffix, byte[] Content)
{
    /// <summary>For a PDF, the faces its text is set in (the manifest records them); empty for other files.</summary>
    public IReadOnlyList<Pdf.Fonts.FontUse> Fonts { get; init; } = [];
}
