using System.Globalization;
using System.Text;
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
    [TestCase(-0.0005, "-0.001")]
    [TestCase(2.5e-4 * 3, "0.001")]
    [TestCase(-1234.5675, "-1234.568")]
    [TestCase(841.89, "841.89")]
    [TestCase(-0.05, "-0.05")]
    [TestCase(1_000_000.0, "1000000")]
    [TestCase(419.999_9, "420")]
    [TestCase(1e30, "1000000000")]
    [TestCase(double.NegativeInfinity, "-1000000000")]
    [TestCase(double.NaN, "0")]
    public void Numbers_have_at_most_three_decimals_and_no_exponent(double value, string expected) =>
        Assert.That(PdfSyntax.Number(value), Is.EqualTo(expected));

    [TestCase(12.000001)]
    [TestCase(-3.1415926535)]
    [TestCase(0.0000004)]
    [TestCase(-0.0000005)]
    [TestCase(0.0000005)]
    [TestCase(841.8899999996)]
    [TestCase(7.25)]
    public void Fine_numbers_are_spelt_to_the_millionth_as_rounding_and_a_format_string_spell_them(double value)
    {
        var expected = Fine(value);

        Assert.That(Encoding.ASCII.GetString(new PdfByteBuilder().AppendFineNumber(value).Written), Is.EqualTo(expected));
        Assert.That(PdfSyntax.AsWritten(value, fine: true), Is.EqualTo(double.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Numbers_read_back_as_written_for_many_values_to_the_thousandth_and_the_millionth()
    {
        // The content writer computes where a reader's pen is from what it wrote, without parsing it back.
        var random = new Random(16);
        for (var i = 0; i < 20_000; i++)
        {
            var value = Math.Round((random.NextDouble() - 0.5) * 4000, random.Next(2, 10));
            Assert.That(PdfSyntax.AsWritten(value), Is.EqualTo(double.Parse(PdfSyntax.Number(value), CultureInfo.InvariantCulture)), $"{value:R}");
            Assert.That(PdfSyntax.Number(value), Is.EqualTo(Coarse(value)), $"{value:R}");
            var fine = Fine(value);
            Assert.That(Encoding.ASCII.GetString(new PdfByteBuilder().AppendFineNumber(value).Written), Is.EqualTo(fine), $"{value:R}");
            Assert.That(PdfSyntax.AsWritten(value, fine: true), Is.EqualTo(double.Parse(fine, CultureInfo.InvariantCulture)), $"{value:R}");
        }
    }

    /// <summary>A number to the thousandth as .NET's rounding and a custom format spell it.</summary>
    private static string Coarse(double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>A number to the millionth as the writer spelt it with .NET's rounding and a custom format.</summary>
    private static string Fine(double value)
    {
        var rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }

    [TestCase("agenda", "/agenda")]
    [TestCase("a b#(c)/d", "/a#20b#23#28c#29#2Fd")]
    [TestCase("议程", "/#E8#AE#AE#E7#A8#8B")]
    public void Names_escape_delimiters_spaces_and_non_ASCII_as_UTF8_bytes(string value, string expected) =>
        Assert.That(PdfSyntax.Name(value), Is.EqualTo(expected));

    [TestCase("ICANN (81)", "(ICANN \\(81\\))")]
    [TestCase("GAC 会议", "<FEFF00470041004300204F1A8BAE>")]
    public void Text_strings_are_ASCII_literals_or_UTF16_with_a_byte_order_mark(string value, string expected) =>
        Assert.That(PdfSyntax.TextString(value), Is.EqualTo(expected));

    [Test]
    public void Every_code_reads_back_from_its_literal_string_as_a_reader_following_the_standard_reads_it()
    {
        var builder = new PdfByteBuilder(4);
        for (var code = 0; code <= ushort.MaxValue; code++)
        {
            builder.Clear().Append('(').AppendCode((ushort)code).Append(')');
            var bytes = ReadLiteral(builder.ToArray());
            Assert.That(bytes, Is.EqualTo(new[] { (byte)(code >> 8), (byte)code }), $"code {code:X4}");
        }

        builder.Clear().AppendCode(0x0A0D).AppendCode(0x2829).AppendCode(0x5C41);
        Assert.That(Encoding.ASCII.GetString(builder.Written), Is.EqualTo("\\n\\r\\(\\)\\\\A"), "LF, CR, the parentheses and the backslash escaped");
    }

    /// <summary>A literal string's bytes as ISO 32000-1 §7.3.4.2 reads them: a backslash escapes the next byte (n, r, t, b, f,
    /// digits as octal, anything else as itself); an end of line not escaped (CR, LF or CR LF) is one LF; nested parentheses
    /// must balance.</summary>
    private static byte[] ReadLiteral(byte[] text)
    {
        Assert.That(text[0], Is.EqualTo((byte)'('));
        var result = new List<byte>();
        var depth = 1;
        for (var i = 1; i < text.Length; i++)
        {
            var b = text[i];
            if (b == '\\')
            {
                var next = text[++i];
                result.Add(next switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => next });
                Assert.That(next, Is.Not.InRange((byte)'0', (byte)'7'), "no octal escapes are written");
            }
            else if (b == '\r')
            {
                result.Add(10);
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (b == '(')
            {
                depth++;
                result.Add(b);
            }
            else if (b == ')')
            {
                if (--depth == 0)
                {
                    Assert.That(i, Is.EqualTo(text.Length - 1), "the string ends at its last byte");
                    return [.. result];
                }

                result.Add(b);
            }
            else
            {
                result.Add(b);
            }
        }

        throw new AssertionException("the string is not closed");
    }
}
