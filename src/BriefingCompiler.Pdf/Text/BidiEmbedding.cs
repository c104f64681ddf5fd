namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// One inline element's embedding, override or isolate (CSS Writing Modes 3 §2.4.2: an inline with a <c>unicode-bidi</c>
/// other than <c>normal</c> acts as the bidi control characters it stands for, opened at its start and closed at its end).
/// <see cref="Outer"/> is the embedding the element sits in (null: the paragraph). A class, not a record: two sibling
/// elements with the same values are two embeddings (two adjacent isolates are two neutrals, not one), so runs are in
/// the same embedding only when they carry the same instance.
/// </summary>
public sealed class BidiEmbedding(UnicodeBidi kind, bool rightToLeft, BidiEmbedding? outer)
{
    /// <summary>What the element opens; never <see cref="UnicodeBidi.Normal"/>.</summary>
    public UnicodeBidi Kind { get; } = kind == UnicodeBidi.Normal
        ? throw new ArgumentException("unicode-bidi: normal opens no embedding", nameof(kind))
        : kind;

    /// <summary>The element's <c>direction</c> (for <see cref="UnicodeBidi.Plaintext"/>: unused, the content decides).</summary>
    public bool RightToLeft { get; } = rightToLeft;

    public BidiEmbedding? Outer { get; } = outer;

    /// <summary>The control characters that open this embedding (UAX #9 X2–X5c).</summary>
    public string Opening => Kind switch
    {
        UnicodeBidi.Embed => RightToLeft ? "\u202B" : "\u202A",
        UnicodeBidi.BidiOverride => RightToLeft ? "\u202E" : "\u202D",
        UnicodeBidi.Isolate => RightToLeft ? "\u2067" : "\u2066",
        UnicodeBidi.IsolateOverride => RightToLeft ? "\u2067\u202E" : "\u2066\u202D",
        _ => "\u2068",
    };

    /// <summary>The control characters that close it (PDF, PDI).</summary>
    public string Closing => Kind switch
    {
        UnicodeBidi.Embed or UnicodeBidi.BidiOverride => "\u202C",
        UnicodeBidi.IsolateOverride => "\u202C\u2069",
        _ => "\u2069",
    };

    /// <summary>The embeddings from the paragraph's inward to <paramref name="innermost"/> (empty for null).</summary>
    public static List<BidiEmbedding> Chain(BidiEmbedding? innermost)
    {
        var chain = new List<BidiEmbedding>();
        for (var embedding = innermost; embedding is not null; embedding = embedding.Outer)
        {
            chain.Add(embedding);
        }

        chain.Reverse();
        return chain;
    }
}
