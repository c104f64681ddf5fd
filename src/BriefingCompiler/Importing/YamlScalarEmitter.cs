using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingCompiler.Importing;

/// <summary>
/// How briefc writes YAML values, for every writer of briefing sources (<c>briefc import</c>'s drafts,
/// <c>briefc xliff merge</c>'s translations): through YamlDotNet's emitter, Markdown as literal blocks, a text plain
/// when YAML reads it back as the same string and double-quoted otherwise (text that would read as a number, boolean
/// or null, or holds a line break).
/// </summary>
public static partial class YamlScalarEmitter
{
    public static void Begin(IEmitter emitter) => emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

    public static void End(IEmitter emitter) => emitter.Emit(new MappingEnd());

    public static void Key(IEmitter emitter, string key) => Scalar(emitter, key, ScalarStyle.Plain);

    public static void Plain(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        Scalar(emitter, value, ScalarStyle.Plain);
    }

    public static void Text(IEmitter emitter, string key, string value)
    {
        Key(emitter, key);
        Value(emitter, value);
    }

    /// <summary>A text value: plain when YAML reads it back as the same string, double-quoted otherwise.</summary>
    public static void Value(IEmitter emitter, string value) =>
        Scalar(emitter, value, value.Length == 0 || NotAString().IsMatch(value) || value.Contains('\n') ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);

    public static void Optional(IEmitter emitter, string key, string? value)
    {
        if (value is not null)
            Text(emitter, key, value);
    }

    public static void Markdown(IEmitter emitter, string key, string markdown)
    {
        Key(emitter, key);
        Scalar(emitter, markdown, markdown.Contains('\n') ? ScalarStyle.Literal : markdown.Length == 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);
    }

    public static void OptionalMarkdown(IEmitter emitter, string key, string? markdown)
    {
        if (!string.IsNullOrEmpty(markdown))
            Markdown(emitter, key, markdown);
    }

    public static void Scalar(IEmitter emitter, string value, ScalarStyle style) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));

    // What the YAML core schema reads as null, a boolean or a number.
    [GeneratedRegex(@"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")]
    private static partial Regex NotAString();
}
