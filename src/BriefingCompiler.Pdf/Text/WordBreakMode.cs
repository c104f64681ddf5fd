namespace BriefingCompiler.Pdf.Text;

/// <summary>CSS Text 3 <c>word-break</c>: where lines may break between letters.</summary>
public enum WordBreakMode : byte
{
    /// <summary>UAX #14's opportunities (between ideographs, kana and Hangul syllables; Thai, Lao, Khmer and
    /// Myanmar at dictionary word boundaries).</summary>
    Normal,

    /// <summary>No break between two letters in any script: Korean (and CJK) text breaks at spaces and punctuation,
    /// as Korean style guides ask. Thai and the other dictionary scripts still break between words.</summary>
    KeepAll,

    /// <summary>A break may come between any two letters or digits (at grapheme cluster boundaries), as if every
    /// letter were an ideograph.</summary>
    BreakAll,
}
