using System.Globalization;
using System.Text;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>The marker text of a list item for a CSS list-style-type and its ordinal; null for an unknown type.</summary>
public static class ListMarkerFormatter
{
    public static string? Format(string listStyleType, int ordinal) => listStyleType switch
    {
        "none" => "",
        "disc" => "•",
        "circle" => "◦",
        "square" => "▪",
        "cjk-decimal" => CjkDecimal(ordinal) + "、",
        _ => Representation(listStyleType, ordinal) is { } number ? number + "." : null,
    };

    /// <summary>
    /// An ordinal written in a counter style without the marker's suffix, as <c>counter(name, style)</c> shows
    /// it; null for a style the engine does not know.
    /// </summary>
    public static string? Representation(string style, int ordinal) => style switch
    {
        "none" => "",
        "disc" => "•",
        "circle" => "◦",
        "square" => "▪",
        "decimal" => ordinal.ToString(CultureInfo.InvariantCulture),
        "decimal-leading-zero" => ordinal.ToString("00", CultureInfo.InvariantCulture),
        "lower-alpha" or "lower-latin" => Alphabetic(ordinal),
        "upper-alpha" or "upper-latin" => Alphabetic(ordinal).ToUpperInvariant(),
        "lower-roman" => Roman(ordinal),
        "upper-roman" => Roman(ordinal).ToUpperInvariant(),
        "lower-greek" => Greek(ordinal),
        "cjk-decimal" => CjkDecimal(ordinal),
        "arabic-indic" => Digits(ordinal, '\u0660'),
        "persian" => Digits(ordinal, '\u06F0'),
        "devanagari" => Digits(ordinal, '\u0966'),
        _ => null,
    };

    /// <summary>The decimal number with the digits of a script whose zero is <paramref name="zero"/>.</summary>
    private static string Digits(int n, char zero) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => d == '-' ? '-' : (char)(zero + (d - '0'))));

    /// <summary>CSS lower-greek: alphabetic over α–ω without final sigma (24 letters).</summary>
    private static string Greek(int n)
    {
        if (n <= 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        const string Letters = "αβγδεζηθικλμνξοπρστυφχψω";
        var letters = new StringBuilder();
        while (n > 0)
        {
            n--;
            letters.Insert(0, Letters[n % Letters.Length]);
            n /= Letters.Length;
        }

        return letters.ToString();
    }

    private static string Alphabetic(int n)
    {
        if (n <= 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var letters = new StringBuilder();
        while (n > 0)
        {
            n--;
            letters.Insert(0, (char)('a' + n % 26));
            n /= 26;
        }

        return letters.ToString();
    }

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Numeral)[] numerals =
            [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var text = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            while (n >= value)
            {
                text.Append(numeral);
                n -= value;
            }
        }

        return text.ToString();
    }

    private static string CjkDecimal(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => d == '-' ? "-" : "〇一二三四五六七八九"[d - '0'].ToString()));
}
