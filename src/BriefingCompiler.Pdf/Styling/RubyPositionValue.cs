namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// <c>ruby-position</c> (CSS Ruby 1 §3.1; inherited): AngleSharp does not keep it, so <see cref="InvalidDeclarations"/> writes
/// it as the custom property named here (custom properties inherit, as it does) and the style resolver reads it back with
/// <see cref="TryUnder"/>. Pure functions.
/// </summary>
public static class RubyPositionValue
{
    /// <summary>The property's name in a style sheet.</summary>
    public const string Name = "ruby-position";

    /// <summary>The custom property <c>ruby-position</c> is kept in.</summary>
    public const string Property = "--briefc-ruby-position";

    /// <summary>
    /// Whether a value puts annotations under their bases: <c>under</c> does; <c>over</c>, <c>alternate</c> (its first
    /// level is over) and <c>inter-character</c> (vertical text only; horizontal text is set over) do not, and neither does
    /// <c>initial</c>; false when the value is none of these (<c>inherit</c> and <c>unset</c> are the resolver's).
    /// </summary>
    public static bool TryUnder(string value, out bool under)
    {
        var tokens = value.Trim().ToLowerInvariant().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        under = tokens is ["under"] or ["alternate", "under"] or ["under", "alternate"];
        return under || tokens is ["over"] or ["alternate"] or ["alternate", "over"] or ["over", "alternate"] or ["inter-character"] or ["initial"];
    }
}
