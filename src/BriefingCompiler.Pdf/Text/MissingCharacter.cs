using System.Globalization;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A character no available font can draw. <see cref="Offset"/> is its UTF-16 offset in the text given to
/// <see cref="DocumentFontSet.Add(string, TextStyle)"/> (in the runs' joined text for
/// <see cref="DocumentFontSet.Add(IEnumerable{TextRun})"/>); <see cref="Context"/> is the text around it. The layout
/// turns this into a diagnostic with the source file; the character is then left out of the drawing, never
/// drawn as a .notdef box.
/// </summary>
public sealed record MissingCharacter(int CodePoint, int Offset, string Context, IReadOnlyList<string> FamiliesTried)
{
    /// <summary>The code point as U+XXXX.</summary>
    public string CodePointLabel => $"U+{CodePoint:X4}";

    public string Message =>
        $"no font can draw {CodePointLabel}{Describe()} in \u201c{Context}\u201d (tried {string.Join(", ", FamiliesTried)}); " +
        "add a font that has it to the fonts folder or remove the character";

    private string Describe()
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(CodePoint);
        return category is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
            ? $" ({category})"
            : $" \u2018{char.ConvertFromUtf32(CodePoint)}\u2019";
    }

    public override string ToString() => Message;
}
