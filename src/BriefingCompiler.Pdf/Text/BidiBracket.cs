namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The Bidi_Paired_Bracket properties of a character as rule N0 uses them: <see cref="PairKey"/> is the same for
/// an opening bracket and the closing brackets it pairs with (the opening bracket after canonical
/// decomposition), 0 for a character that is no bracket.
/// </summary>
internal readonly record struct BidiBracket(int PairKey, bool Opens)
{
    public static BidiBracket None => default;

    public bool IsBracket => PairKey != 0;
}
