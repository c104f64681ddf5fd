using DiffPlex;

namespace BriefingCompiler.Diffing;

/// <summary>Feeds <see cref="TextTokenizer"/> tokens to DiffPlex's differ (which then diffs tokens, not lines).</summary>
public sealed class TokenChunker : IChunker
{
    public static readonly TokenChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text) => TextTokenizer.Tokenize(text);
}
