using BriefingCompiler.Pdf.Rendering.PdfFile;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>How the PDF writer spells values (ISO 32000-1 §7.3): numbers without exponents or "-0", escaped names,
/// text strings that are ASCII literals or UTF-16BE with a byte order mark.</summary>
public class PdfSyntaxTests
{
    [TestCase(0.0, "0")]
    [TestCase(-0.0004, "0")]
    [TestCase(1.5, "1.5")]
    [TestCase(-2.25, "-2.25")]
    [TestCase(0.1234, "0.123")]
    [TestCase(0.0005, "0.001")]
    [TestCase(841.89, "841.89")]
    [TestCase(-0.05, "-0.05")]
    [TestCase(1_000_000.0, "1000000")]
    [TestCase(419.999_9, "420")]
    [TestCase(1e30, "1000000000")]
    [TestCase(double.NegativeInfinity, "-1000000000")]
    [TestCase(double.NaN, "0")]
    public void Numbers_have_at_most_three_decimals_and_no_exponent(double value, string expected) =>
        Assert.That(PdfSyntax.Number(value), Is.EqualTo(expected));

    [TestCase("agenda", "/agenda")]
    [TestCase("a b#(c)/d", "/a#20b#23#28c#29#2Fd")]
    [TestCase("议程", "/#E8#AE#AE#E7#A8#8B")]
    public void Names_escape_delimiters_spaces_and_non_ASCII_as_UTF8_bytes(string value, string expected) =>
        Assert.That(PdfSyntax.Name(value), Is.EqualTo(expected));

    [TestCase("ICANN (81)", "(ICANN \\(81\\))")]
    [TestCase("GAC 会议", "<FEFF00470041004300204F1A8BAE>")]
    public void Text_strings_are_ASCII_literals_or_UTF16_with_a_byte_order_mark(string value, string expected) =>
        Assert.That(PdfSyntax.TextString(value), Is.EqualTo(expected));
}
