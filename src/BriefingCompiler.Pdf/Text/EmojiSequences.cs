namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Which characters want to be drawn as emoji (UTS #51): those whose default presentation is emoji, and any
/// character that a variation selector 16 (U+FE0F) or a combining keycap (U+20E3) follows. Such a character is set in
/// the emoji face even when a listed text font has it, so that the whole sequence (keycap "1️⃣", flag "🇺🇳", skin tones,
/// ZWJ sequences) reaches one face and its ligatures. U+FE0E (text presentation) keeps a character in the text fonts.
/// </summary>
internal static class EmojiSequences
{
    public const int TextPresentationSelector = 0xFE0E;
    public const int EmojiPresentationSelector = 0xFE0F;
    public const int CombiningKeycap = 0x20E3;

    /// <summary>Whether the character at <paramref name="index"/> (of <paramref name="length"/> UTF-16 units) is to be
    /// drawn as an emoji, judging by itself and the character after it.</summary>
    public static bool WantsEmojiPresentation(string text, int index, int codePoint, int length)
    {
        var next = -1;
        if (index + length < text.Length && System.Text.Rune.DecodeFromUtf16(text.AsSpan(index + length), out var rune, out _) == System.Buffers.OperationStatus.Done)
            next = rune.Value;
        if (next == TextPresentationSelector) return false;
        if (next is EmojiPresentationSelector or CombiningKeycap) return true;
        return HasEmojiPresentation(codePoint);
    }

    /// <summary>Emoji_Presentation=Yes (emoji-data.txt, Unicode 15.1), with the supplementary planes' pictograph
    /// blocks taken whole (a few of their characters default to text, which the monochrome emoji face draws the same);
    /// regional indicators and skin-tone modifiers included.</summary>
    public static bool HasEmojiPresentation(int c) =>
        c is >= 0x1F1E6 and <= 0x1F1FF // regional indicators (flags)
            or >= 0x1F300 and <= 0x1F64F or >= 0x1F680 and <= 0x1F6FF or >= 0x1F900 and <= 0x1F9FF or >= 0x1FA70 and <= 0x1FAFF
            or 0x1F004 or 0x1F0CF or 0x1F18E or >= 0x1F191 and <= 0x1F19A or 0x1F201 or 0x1F21A or 0x1F22F
            or >= 0x1F232 and <= 0x1F236 or >= 0x1F238 and <= 0x1F23A or 0x1F250 or 0x1F251
            or >= 0x231A and <= 0x231B or >= 0x23E9 and <= 0x23EC or 0x23F0 or 0x23F3 or >= 0x25FD and <= 0x25FE
            or >= 0x2614 and <= 0x2615 or >= 0x2648 and <= 0x2653 or 0x267F or 0x2693 or 0x26A1 or >= 0x26AA and <= 0x26AB
            or >= 0x26BD and <= 0x26BE or >= 0x26C4 and <= 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or >= 0x26F2 and <= 0x26F3
            or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or >= 0x270A and <= 0x270B or 0x2728 or 0x274C or 0x274E
            or >= 0x2753 and <= 0x2755 or 0x2757 or >= 0x2795 and <= 0x2797 or 0x27B0 or 0x27BF or >= 0x2B1B and <= 0x2B1C
            or 0x2B50 or 0x2B55;
}
