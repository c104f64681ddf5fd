using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

public enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}

/// <summary>
/// What a scalar means under the YAML 1.2 core schema: a plain scalar may be null, a boolean, an integer or a
/// float; a quoted or block scalar is always a string. The text itself is kept, so nothing is lost.
/// </summary>
public static partial class YamlCoreSchema
{
    public static ScalarKind KindOf(ScalarNode scalar)
    {
        if (!scalar.IsPlain)
        {
            return ScalarKind.String;
        }

        var text = scalar.Value;
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when IntegerPattern().IsMatch(text) => ScalarKind.Integer,
            _ when FloatPattern().IsMatch(text) => ScalarKind.Float,
            _ => ScalarKind.String,
        };
    }

    public static bool IsTrue(ScalarNode scalar) => scalar.Value is "true" or "True" or "TRUE";

    /// <summary>The value of a core-schema integer (decimal, 0o octal or 0x hexadecimal), null if it is not one.</summary>
    public static BigInteger? IntegerValue(ScalarNode scalar)
    {
        if (KindOf(scalar) != ScalarKind.Integer)
        {
            return null;
        }

        var text = scalar.Value;
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            return BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal))
        {
            return text[2..].Aggregate(BigInteger.Zero, (value, digit) => (value * 8) + (digit - '0'));
        }

        return BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>The value of a core-schema float, including .inf and .nan.</summary>
    public static double? FloatValue(ScalarNode scalar)
    {
        if (KindOf(scalar) != ScalarKind.Float)
        {
            return null;
        }

        var text = scalar.Value.TrimStart('+');
        return text.ToLowerInvariant() switch
        {
            ".inf" => double.PositiveInfinity,
            "-.inf" => double.NegativeInfinity,
            ".nan" => double.NaN,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
