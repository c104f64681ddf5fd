namespace BriefingCompiler.Templating;

/// <summary>
/// Which link targets a briefing's Markdown may keep: <c>http</c>, <c>https</c>, <c>mailto</c> and in-document
/// <c>#anchor</c>s. An allow-list, so <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c>,
/// relative and protocol-relative URLs are all refused without having to be named.
/// </summary>
public static class LinkPolicy
{
    private static readonly IReadOnlyList<string> AllowedSchemes = ["http:", "https:", "mailto:"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return false;
        if (url[0] == '#')
            return true;
        return AllowedSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && url.Length > scheme.Length);
    }
}
