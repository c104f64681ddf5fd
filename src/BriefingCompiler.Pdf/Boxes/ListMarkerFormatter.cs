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
        // The pad of 2 counts the minus sign (CSS Counter Styles 3): -3 is "-3", not "-03".
        "decimal-leading-zero" => ordinal.ToString(ordinal < 0 ? "0" : "00", CultureInfo.InvariantCulture),
        "lower-alpha" or "lower-latin" => Alphabetic(ordinal),
        "upper-alpha" or "upper-latin" => Alphabetic(ordinal).ToUpperInvariant(),
        "lower-roman" => Roman(ordinal),
        "upper-roman" => Roman(ordinal).ToUpperInvariant(),
        "lower-greek" => Greek(ordinal),
        "cjk-decimal" => CjkDecimal(ordinal),
        "arabic-indic" => Digits(ordinal, '\u0660'),
        "persian" => Digits(ordinal, '\u06F0'),
        "devanagari" => Digits(ordinal, '\u0966'),
        "upper-armenian" or "armenian" => Additive(ordinal, 9999, UpperArmenian),
        "lower-armenian" => Additive(ordinal, 9999, LowerArmenian),
        "georgian" => Additive(ordinal, 19999, Georgian),
        "hebrew" => Additive(ordinal, 10999, Hebrew),
        _ => null,
    };

    // The additive counter styles of CSS Counter Styles 3 (§ 6.1), greatest weight first.
    private static readonly (int Weight, string Symbol)[] UpperArmenian = Symbols(
        [9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        "ՔՓՒՑՐՏՎՍՌՋՊՉՈՇՆՅՄՃՂՁՀԿԾԽԼԻԺԹԸԷԶԵԴԳԲԱ");

    private static readonly (int Weight, string Symbol)[] LowerArmenian = Symbols(
        [9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        "քփւցրտվսռջպչոշնյմճղձհկծխլիժթըէզեդգբա");

    private static readonly (int Weight, string Symbol)[] Georgian = Symbols(
        [10000, 9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 900, 800, 700, 600, 500, 400, 300, 200, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        "ჵჰჯჴხჭწძცჩშყღქფჳტსრჟპოჲნმლკითჱზვედგბა");

    private static readonly (int Weight, string Symbol)[] Hebrew =
    [
        (10000, "י׳"), (9000, "ט׳"), (8000, "ח׳"), (7000, "ז׳"), (6000, "ו׳"), (5000, "ה׳"), (4000, "ד׳"), (3000, "ג׳"), (2000, "ב׳"), (1000, "א׳"),
        (400, "ת"), (300, "ש"), (200, "ר"), (100, "ק"), (90, "צ"), (80, "פ"), (70, "ע"), (60, "ס"), (50, "נ"), (40, "מ"), (30, "ל"), (20, "כ"),
        (19, "יט"), (18, "יח"), (17, "יז"), (16, "טז"), (15, "טו"), (10, "י"), (9, "ט"), (8, "ח"), (7, "ז"), (6, "ו"), (5, "ה"), (4, "ד"), (3, "ג"), (2, "ב"), (1, "א"),
    ];

    private static (int Weight, string Symbol)[] Symbols(int[] weights, string letters) =>
        [.. weights.Select((weight, i) => (weight, letters[i].ToString()))];

    /// <summary>An additive system: the greatest symbols first, each as often as it fits; decimal outside its range.</summary>
    private static string Additive(int n, int max, (int Weight, string Symbol)[] symbols)
    {
        if (n < 1 || n > max)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (weight, symbol) in symbols)
        {
            while (n >= weight)
            {
                text.Append(symbol);
                n -= weight;
            }
        }

        return text.ToString();
    }

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
