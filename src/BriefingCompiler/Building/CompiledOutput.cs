using System.Buffers;

namespace BriefingCompiler.Building;

/// <summary>
/// One file a build produces for a briefing: the suffix after its base name (".html", ".page-2.png") and its bytes, in the
/// pieces they were made in (a PDF's logo is a piece shared by every PDF of the build: written from there, never copied
/// into an array of each file first).
/// </summary>
public sealed record CompiledOutput(string Suffix, ReadOnlySequence<byte> Data)
{
    private byte[]? content;

    public CompiledOutput(string suffix, byte[] content)
        : this(suffix, new ReadOnlySequence<byte>(content)) => this.content = content;

    /// <summary>The bytes as one array (the array given, or the pieces copied together the first time it is asked for).</summary>
    public byte[] Content => content ??= Data.ToArray();

    /// <summary>For a PDF, the faces its text is set in (the manifest records them); empty for other files.</summary>
    public IReadOnlyList<Pdf.Fonts.FontUse> Fonts { get; init; } = [];
}
