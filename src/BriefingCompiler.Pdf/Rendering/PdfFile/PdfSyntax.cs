using System.Globalization;
using System.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// How values are spelt in a PDF file (ISO 32000-1 §7.3): numbers without exponents, names with #-escapes,
/// text strings as PDFDocEncoding when ASCII and UTF-16BE with a byte order mark otherwise, dates as D:….
/// Everything this returns is ASCII, so what is built with it is written one byte per character; <see cref="AppendCode"/>
/// appends bytes to a content stream's <see cref="PdfByteBuilder"/>.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>A real number with at most three decimals (1/1000 pt is far below any device's resolution). Written by
    /// hand rather than with a format string: content streams hold tens of thousands of numbers. Hostile input (a
    /// 1e30px font) is clamped to ±10⁹, far beyond any page yet exact in a long; NaN is 0.</summary>
    public static string Number(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return new string(Spell(value, 3, buffer));
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="Number"/> spells it, without a string in between (content
    /// streams write one number per glyph or so).</summary>
    public static StringBuilder AppendNumber(this StringBuilder builder, double value)
    {
        Span<char> buffer = stackalloc char[32];
        return builder.Append(Spell(value, 3, buffer));
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="Number"/> spells it, to a content stream's bytes.</summary>
    public static PdfByteBuilder AppendNumber(this PdfByteBuilder builder, double value)
    {
        Span<char> buffer = stackalloc char[32];
        return builder.Append(Spell(value, 3, buffer));
    }

    /// <summary>Appends <paramref name="value"/> to the millionth (at most six decimals, no exponent, clamped as
    /// <see cref="Number"/>), for the few moves that must land where a glyph would stand without them.</summary>
    public static PdfByteBuilder AppendFineNumber(this PdfByteBuilder builder, double value)
    {
        Span<char> buffer = stackalloc char[32];
        return builder.Append(Spell(value, 6, buffer));
    }

    /// <summary>The value a reader parses from <paramref name="value"/> written by <see cref="AppendNumber"/> (or, when
    /// <paramref name="fine"/>, by <see cref="AppendFineNumber"/>): the nearest double to the decimal written, which is
    /// the whole number of thousandths (millionths) divided by 1,000 (1,000,000) — both exact, the division correctly rounded.</summary>
    public static double AsWritten(double value, bool fine = false)
    {
        var decimals = fine ? 6 : 3;
        return Scaled(value, decimals) / (double)PowersOfTen[decimals];
    }

    /// <summary>Appends a two-byte code (a CID) as the two bytes of a literal string (§7.3.4.2): half the bytes of four hex
    /// digits, in the content streams' most frequent item. Parentheses and the backslash are escaped, and so are CR and LF,
    /// which a reader would otherwise take as an end of line (CR read as LF).</summary>
    public static PdfByteBuilder AppendCode(this PdfByteBuilder builder, ushort code) => builder.AppendCodeByte(code >> 8).AppendCodeByte(code & 0xFF);

    private static PdfByteBuilder AppendCodeByte(this PdfByteBuilder builder, int value) => value switch
    {
        '(' or ')' or '\\' => builder.Append('\\').Append((char)value),
        '\r' => builder.Append("\\r"),
        '\n' => builder.Append("\\n"),
        _ => builder.Append((char)value),
    };

    /// <summary>Appends a two-byte code (a CID) as four upper-case hex digits, as in a hex string.</summary>
    public static StringBuilder AppendHex4(this StringBuilder builder, ushort code)
    {
        const string digits = "0123456789ABCDEF";
        return builder.Append(digits[code >> 12]).Append(digits[(code >> 8) & 0xF]).Append(digits[(code >> 4) & 0xF]).Append(digits[code & 0xF]);
    }

    private static ReadOnlySpan<long> PowersOfTen => [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary><paramref name="value"/> in units of 10^−<paramref name="decimals"/>, rounded half away from zero (as
    /// <c>Math.Round(value, decimals, MidpointRounding.AwayFromZero)</c> rounds: it scales the same way); clamped, NaN 0.</summary>
    /// <remarks>Rounded by hand: <c>Math.Round</c> with a midpoint rule calls the C library's <c>modf</c>, ~4 % of building
    /// a content stream (`perf`, native build). The whole part is the truncation, and the fraction left is exact (the
    /// scaled value is below 2^53 in magnitude), so the result is the same.</remarks>
    private static long Scaled(double value, int decimals)
    {
        value = double.IsNaN(value) ? 0 : Math.Clamp(value, -MaxMagnitude, MaxMagnitude);
        var scaled = value * PowersOfTen[decimals];
        var whole = (long)scaled;
        var fraction = scaled - whole;
        return fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole;
    }

    /// <summary>The characters of <paramref name="value"/> to <paramref name="decimals"/> decimals, trailing zeros dropped,
    /// at the end of <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Spell(double value, int decimals, Span<char> buffer)
    {
        var scaled = Scaled(value, decimals);
        if (scaled == 0) return "0"; // never "-0"
        var at = buffer.Length;
        var magnitude = Math.Abs(scaled);
        // To the thousandth (most numbers of a content stream) by a constant divisor, which the JIT makes a multiplication.
        var (whole, fraction) = decimals == 3 ? Math.DivRem(magnitude, 1_000) : Math.DivRem(magnitude, PowersOfTen[decimals]);
        if (fraction != 0)
        {
            var digits = decimals;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            for (var d = 0; d < digits; d++)
            {
                buffer[--at] = (char)('0' + fraction % 10);
                fraction /= 10;
            }

            buffer[--at] = '.';
        }

        do
        {
            buffer[--at] = (char)('0' + whole % 10);
            whole /= 10;
        }
        while (whole > 0);
        if (scaled < 0) buffer[--at] = '-';
        return buffer[at..];
    }

    private const double MaxMagnitude = 1e9;

    /// <summary>A name object: bytes outside printable ASCII, and the delimiters, as #xx of their UTF-8.</summary>
    public static string Name(string value)
    {
        var result = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0)
                result.Append((char)b);
            else
                result.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    /// <summary>A text string (§7.9.2.2): literal when printable ASCII, else UTF-16BE with its byte order mark, in hex.</summary>
    public static string TextString(string value) =>
        value.All(c => c is >= ' ' and < '\x7F')
            ? Literal(value)
            : "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>A byte string (a URI, §12.6.4.7: 7-bit ASCII): UTF-8 bytes, delimiters and non-ASCII escaped.</summary>
    public static string ByteString(string value)
    {
        var result = new StringBuilder("(");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\') result.Append('\\').Append((char)b);
            else if (b is >= 0x20 and < 0x7F) result.Append((char)b);
            else result.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }

        return result.Append(')').ToString();
    }

    private static string Literal(string value) =>
        "(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")";

    /// <summary>A date (§7.9.4) in UTC.</summary>
    public static string Date(DateTimeOffset date) =>
        "(D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z)";

    public static string Reference(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";
}
