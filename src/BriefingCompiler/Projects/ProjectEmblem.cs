using BriefingCompiler.Assets;

namespace BriefingCompiler.Projects;

/// <summary>
/// The organisation's emblem from briefc.yaml's <c>emblem</c>: the image (read and checked when the project file is
/// loaded, from inside the project's folder only), the organisation's name by language and whether the running header
/// of every page shows it too.
/// </summary>
/// <param name="Image">The image, of kind <c>emblem</c>.</param>
/// <param name="Names">The organisation's name by BCP 47 tag; the empty key is the name for every other language.</param>
/// <param name="EveryPage">Whether the running header of every page after the first shows the emblem and the name.</param>
public sealed record ProjectEmblem(ImageAsset Image, IReadOnlyDictionary<string, string> Names, bool EveryPage)
{
    /// <summary>The organisation's name in <paramref name="language"/>: the exact tag, then each shorter prefix
    /// (<c>zh-Hant-TW</c> → <c>zh-Hant</c> → <c>zh</c>), then the name for every language; null when none fits.</summary>
    public string? NameFor(string language)
    {
        for (var tag = language; tag.Length > 0; tag = tag.Contains('-') ? tag[..tag.LastIndexOf('-')] : "")
        {
            var match = Names.FirstOrDefault(n => n.Key.Length > 0 && string.Equals(n.Key, tag, StringComparison.OrdinalIgnoreCase));
            if (match.Value is { } name)
                return name;
        }

        return Names.TryGetValue("", out var any) ? any : null;
    }
}
