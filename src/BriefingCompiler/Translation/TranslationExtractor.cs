using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Translation;

/// <summary>
/// Cuts a briefing into translation units: each translatable field (<see cref="TranslatableFields"/>) is one unit, a
/// Markdown field one unit per block (<see cref="MarkdownSegmenter"/>). A unit's id is the field's path and the first
/// 32 bits of the SHA-256 of the block's text, so an edit elsewhere never changes it; two equal blocks in one field
/// are told apart by a suffix (<c>-2</c>).
/// </summary>
public static partial class TranslationExtractor
{
    /// <param name="path">The file as named in outputs.</param>
    /// <param name="root">Its source tree.</param>
    /// <param name="text">Its text (for the author's comments).</param>
    public static TranslationDocument Read(string path, MappingNode root, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var audienceMarkers = TranslatableFields.DeclaresAudiences(root);
        var fields = new List<FieldUnits>();
        foreach (var field in TranslatableFields.Of(root))
        {
            var layout = field.IsMarkdown ? MarkdownSegmenter.Split(field.Node.Value, audienceMarkers) : MarkdownSegmenter.PlainText(field.Node.Value);
            var comments = CommentsAbove(lines, field);
            var units = new List<TranslationUnit>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < layout.Slots.Count; i++)
            {
                var markdown = layout.Slots[i].Markdown;
                var id = $"{field.Path}.{Hash(markdown)}";
                var count = seen[id] = seen.GetValueOrDefault(id) + 1;
                if (count > 1)
                    id += "-" + count.ToString(CultureInfo.InvariantCulture);
                units.Add(new TranslationUnit(id, field.Path, i, layout.Slots[i].Parts)
                {
                    SourceMarkdown = markdown,
                    Comments = i == 0 ? comments : [],
                });
            }
            fields.Add(new FieldUnits(field, layout, units));
        }
        return new TranslationDocument(path, root, text, fields);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));

    /// <summary>The comment lines right above the field's key (no blank line between), and one after a block scalar's indicator or a plain value on the key's line.</summary>
    private static IReadOnlyList<string> CommentsAbove(string[] lines, TranslatableField field)
    {
        var comments = YamlComments.Above(lines, field.KeyLine, field.KeyColumn).Select(YamlComments.TextOf).ToList();
        if (field.KeyLine - 1 < lines.Length && (field.Node.IsPlain || field.Node.IsLiteral || field.Node.Span.Line > field.KeyLine)
            && TrailingComment().Match(lines[field.KeyLine - 1]) is { Success: true } trailing)
            comments.Add(trailing.Groups[1].Value.TrimEnd());
        return comments;
    }

    [GeneratedRegex(@"\s#\s?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComment();
}
