using System.Numerics;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Validation;

/// <summary>A version written as dotted numbers, compared part by part as numbers: 1.9 &lt; 1.10, 1 = 1.0.</summary>
public sealed partial record DottedVersion(IReadOnlyList<BigInteger> Parts) : IComparable<DottedVersion>
{
    public static DottedVersion? Parse(string text) =>
        Pattern().IsMatch(text) ? new DottedVersion([.. text.Split('.').Select(BigInteger.Parse)]) : null;

    public int CompareTo(DottedVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(Parts.Count, other.Parts.Count); i++)
        {
            var mine = i < Parts.Count ? Parts[i] : BigInteger.Zero;
            var theirs = i < other.Parts.Count ? other.Parts[i] : BigInteger.Zero;
            if (mine != theirs)
            {
                return mine.CompareTo(theirs);
            }
        }

        return 0;
    }

    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+)*$")]
    private static partial Regex Pattern();
}
