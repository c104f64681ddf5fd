using System.Text.RegularExpressions;

namespace BriefingCompiler.Validation;

/// <summary>
/// Well-formedness of BCP 47 language tags (RFC 5646 section 2.1 and 2.2.9): the syntax, no repeated variant
/// and no repeated extension singleton. Whether a subtag is registered is not checked (no registry at hand).
/// </summary>
public static partial class LanguageTag
{
    /// <summary>The irregular grandfathered tags, which do not follow the syntax but are well-formed.</summary>
    private static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    };

    /// <summary>
    /// The same syntax as an ECMA-262 regular expression, for the JSON Schema (<c>$defs.languageTag.pattern</c>), so an
    /// editor flags a malformed tag as it is typed. It cannot check that variants and singletons do not repeat; briefc
    /// does (<see cref="IsWellFormed"/>). A test keeps the two in agreement.
    /// </summary>
    public const string SchemaPattern =
        @"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+|en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)$";

    public static bool IsWellFormed(string tag)
    {
        if (Irregular.Contains(tag) || PrivateUse().IsMatch(tag))
        {
            return true;
        }

        var match = LangTag().Match(tag);
        if (!match.Success)
        {
            return false;
        }

        var variants = match.Groups["variant"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        var singletons = match.Groups["singleton"].Captures.Select(c => c.Value.ToLowerInvariant()).ToList();
        return variants.Distinct().Count() == variants.Count && singletons.Distinct().Count() == singletons.Count;
    }

    [GeneratedRegex("^x(?:-[a-z0-9]{1,8})+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrivateUse();

    [GeneratedRegex(
        @"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" + // language, with up to three extlangs
        @"(?:-[a-z]{4})?" + // script
        @"(?:-(?:[a-z]{2}|[0-9]{3}))?" + // region
        @"(?:-(?<variant>[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" +
        @"(?:-(?<singleton>[0-9a-wyz])(?:-[a-z0-9]{2,8})+)*" + // extensions
        @"(?:-x(?:-[a-z0-9]{1,8})+)?$", // private use
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LangTag();
}
