using System.Globalization;
using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Decides which face draws each character: the first family of the style's <c>font-family</c> list that has
/// the glyph, then the bundled fallback for the character's script, then the other bundled families.
/// Invisible characters (controls, format characters such as ZWJ, ZWSP and bidi controls, variation selectors,
/// line separators) never need a glyph: they ride with a neighbouring character's face. Characters of no
/// particular script (spaces, digits, punctuation, combining marks) stay in the previous character's face
/// when it has them, as browsers do, so that "مرحبا بالعالم" or "你好，世界" shape as one run instead of
/// being cut at every space by the first listed family. One resolver serves one document (it caches per style and
/// character and is not thread-safe); the catalog behind it may be shared.
/// </summary>
internal sealed class CharacterFontResolver(FontCatalog catalog, IReadOnlySet<FontSource>? excluded = null)
{
    // Per style, then per character: the style's key (its family list joined) is built and hashed once per run of
    // text, not once per character, and the faces its families name are matched once per style.
    private readonly Dictionary<(string Families, int Weight, bool Italic, string? Language), StyleFaces> styles = [];
    private readonly Dictionary<(string Families, int Weight, bool Italic), FontSource> primaries = [];
    private readonly Dictionary<(FontSource Face, int Weight, bool Italic), FontSource> restyled = [];

    /// <summary>A face per UTF-16 index of <paramref name="text"/> (both halves of a surrogate pair share it),
    /// and the characters no face has. Characters without a face get their neighbour's face so that shaping
    /// stays in one run; <see cref="MissingCharacter"/> reports them. <paramref name="previous"/> is the face
    /// of the character before the text (the end of the previous run of the paragraph), if any.</summary>
    public (FontSource[] Faces, List<MissingCharacter> Missing) Resolve(string text, TextStyle style, FontSource? previous = null)
    {
        // Filled in below, where every null left by the first pass is given a neighbour's face.
        var faces = new FontSource[text.Length];
        var missing = new List<MissingCharacter>();
        var styleFaces = FacesOf(style);
        // The face that ended the previous run is taken in this run's weight and style: a space opening a regular
        // run after bold Arabic stays in Noto Naskh Arabic, but the regular face.
        if (previous is not null) previous = InStyle(previous, style);
        // Opening brackets seen so far (their Bidi_Paired_Bracket key and face): a closing bracket is drawn in the
        // face of its opening one, so "(GAC)" after Arabic text is not a Naskh "(" with a Noto Sans ")".
        var openBrackets = new List<(int PairKey, FontSource Face)>();
        // The last face that drew text rather than an emoji: a space or a comma after "👍" belongs to the sentence.
        var previousText = previous is { Family: not BundledFonts.Emoji } ? previous : null;
        for (var i = 0; i < text.Length;)
        {
            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var codePoint = rune.Value;
            FontSource? face = null;
            var pairedClose = false;
            if (!IsInvisible(codePoint))
            {
                var bracket = BidiAlgorithm.BracketOf(codePoint);
                var emoji = EmojiSequences.WantsEmojiPresentation(text, i, codePoint, length);
                if (emoji && Find(codePoint, style, styleFaces, emoji: true) is { } emojiFace && emojiFace.Family == BundledFonts.Emoji)
                    face = emojiFace;
                else if (bracket.IsBracket && !bracket.Opens && CloseBracket(openBrackets, bracket.PairKey) is { } opening && opening.HasGlyph(codePoint))
                {
                    face = opening;
                    pairedClose = true;
                }
                else if (NeutralFace(codePoint, previous, previousText) is { } neighbour)
                    face = neighbour;
                else
                    face = Find(codePoint, style, styleFaces);
                if (face is null)
                    missing.Add(new MissingCharacter(codePoint, i, ContextAround(text, i), FamiliesTried(style)));
                else if (bracket.Opens)
                    openBrackets.Add((bracket.PairKey, face));
            }

            for (var k = 0; k < length; k++) faces[i + k] = face!;
            // What follows a closing bracket continues the text inside the brackets, not the bracket's face.
            if (face is not null && !pairedClose)
            {
                previous = face;
                if (face.Family != BundledFonts.Emoji) previousText = face;
            }
            i += length;
        }

        // Faceless characters take the previous face, or the next one at the start, or the style's primary face.
        FontSource? carry = null;
        for (var i = 0; i < faces.Length; i++)
        {
            if (faces[i] is not null) carry = faces[i];
            else if (carry is not null) faces[i] = carry;
        }

        var next = faces.LastOrDefault(f => f is not null) ?? Primary(style);
        for (var i = faces.Length - 1; i >= 0; i--)
        {
            if (faces[i] is not null) next = faces[i];
            else faces[i] = next;
        }

        return (faces, missing);
    }

    /// <summary>The face of the innermost open bracket that <paramref name="pairKey"/> closes, which is then
    /// closed together with the brackets opened after it (as BD16 pairs them); null when none matches.</summary>
    private static FontSource? CloseBracket(List<(int PairKey, FontSource Face)> openBrackets, int pairKey)
    {
        var index = openBrackets.FindLastIndex(b => b.PairKey == pairKey);
        if (index < 0) return null;
        var face = openBrackets[index].Face;
        openBrackets.RemoveRange(index, openBrackets.Count - index);
        return face;
    }

    private FontSource InStyle(FontSource face, TextStyle style)
    {
        if (face.Weight == style.FontWeight && face.Italic == style.Italic) return face;
        var key = (face, style.FontWeight, style.Italic);
        if (!restyled.TryGetValue(key, out var found))
        {
            found = catalog.Match(face.Family, style.FontWeight, style.Italic, excluded) ?? face;
            restyled[key] = found;
        }

        return found;
    }

    /// <summary>The face CSS calls the first available font: the first listed family that exists, else the default
    /// font (<see cref="FontCatalog.DefaultFamily"/>). Line metrics of empty lines come from it.</summary>
    public FontSource Primary(TextStyle style)
    {
        var key = (Key(style), style.FontWeight, style.Italic);
        if (primaries.TryGetValue(key, out var found)) return found;
        var primary = style.FontFamilies.Select(f => catalog.Match(f, style.FontWeight, style.Italic, excluded)).FirstOrDefault(f => f is not null)
            ?? catalog.Match(FontCatalog.DefaultFamily, style.FontWeight, style.Italic, excluded)!;
        primaries[key] = primary;
        return primary;
    }

    /// <summary>The face a character gets on its own, ignoring the text before it: where a script-neutral
    /// character lands when the caller splits runs differently from how it registered them.</summary>
    public FontSource? FindAlone(int codePoint, TextStyle style) => IsInvisible(codePoint) ? null : Find(codePoint, style, FacesOf(style));

    /// <summary>Whether the character's face can depend on the text before it (see the class summary).</summary>
    public static bool DependsOnContext(int codePoint) => IsScriptNeutral(codePoint);

    /// <summary>The first face of the style's families, then of the bundled fallbacks, that has the character. With
    /// <paramref name="emoji"/> (the text asks for emoji presentation) Noto Emoji comes before the style's families.</summary>
    private FontSource? Find(int codePoint, TextStyle style, StyleFaces styleFaces, bool emoji = false)
    {
        var cache = emoji ? styleFaces.Emoji : styleFaces.Plain;
        if (cache.TryGetValue(codePoint, out var found)) return found;
        var listed = styleFaces.Listed;
        var fallbacks = catalog.Fallbacks(codePoint, style.FontWeight, style.Italic, style.Language, emoji, excluded, styleFaces.Serif);
        var face = (emoji ? fallbacks.Take(1).Concat(listed).Concat(fallbacks.Skip(1)) : listed.Concat(fallbacks))
            .FirstOrDefault(f => f.HasGlyph(codePoint));
        cache[codePoint] = face;
        return face;
    }

    private StyleFaces FacesOf(TextStyle style)
    {
        var key = (Key(style), style.FontWeight, style.Italic, style.Language);
        if (!styles.TryGetValue(key, out var found))
        {
            FontSource[] listed = [.. style.FontFamilies.Select(f => catalog.Match(f, style.FontWeight, style.Italic, excluded)).OfType<FontSource>()];
            found = new StyleFaces(listed, IsSerif(style));
            styles[key] = found;
        }

        return found;
    }

    /// <summary>Whether the style's first available family (the first listed name a face answers to; a generic family
    /// always resolves to a bundled one) is a serif one, by the name listed or the face's family
    /// (<see cref="FontCatalog.IsSerifFamily"/>): its CJK text then falls back to the serif CJK faces, as a browser with
    /// Song/Mincho fonts installed shows a serif page's Chinese in Song.</summary>
    private bool IsSerif(TextStyle style)
    {
        foreach (var family in style.FontFamilies)
        {
            if (catalog.Match(family, style.FontWeight, style.Italic, excluded) is { } face)
                return FontCatalog.IsSerifFamily(family) || FontCatalog.IsSerifFamily(face.Family);
        }

        return false;
    }

    /// <summary>The faces a style's <c>font-family</c> list names (those that exist, in order), whether it is serif text,
    /// and the face found so far for each character in that style, with and without emoji presentation.</summary>
    private sealed class StyleFaces(FontSource[] listed, bool serif)
    {
        public FontSource[] Listed { get; } = listed;

        public bool Serif { get; } = serif;

        public Dictionary<int, FontSource?> Plain { get; } = [];

        public Dictionary<int, FontSource?> Emoji { get; } = [];
    }

    private IReadOnlyList<string> FamiliesTried(TextStyle style) =>
        style.FontFamilies.Select(FontCatalog.NormalizeFamily)
            .Concat(["the bundled Noto fonts"])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Key(TextStyle style) => string.Join('\u0001', style.FontFamilies);

    /// <summary>Characters that are never drawn: HarfBuzz hides default ignorables, and layout removes controls
    /// and line separators before shaping.</summary>
    internal static bool IsInvisible(int codePoint)
    {
        if (codePoint is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF or 0x034F or >= 0xE0000 and <= 0xE007F) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>The neighbour's face a script-neutral character takes, or null to look it up in the style's families.
    /// A combining mark (the keycap's U+20E3, a skin tone is not neutral) stays with whatever precedes it, emoji
    /// included. Spaces, digits and punctuation after an emoji go back to the text's face instead: Noto Emoji has
    /// them, but as emoji-wide glyphs (its space is 1.25 em), which opened a gap after every emoji.</summary>
    private static FontSource? NeutralFace(int codePoint, FontSource? previous, FontSource? previousText)
    {
        if (previous is null || !IsScriptNeutral(codePoint)) return null;
        if (previous.Family != BundledFonts.Emoji || IsCombiningMark(codePoint))
            return previous.HasGlyph(codePoint) ? previous : null;
        return previousText is not null && previousText.HasGlyph(codePoint) ? previousText : null;
    }

    private static bool IsCombiningMark(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Script Common (spaces, digits, punctuation) or Inherited (combining marks): such characters
    /// belong to the text around them.</summary>
    private static bool IsScriptNeutral(int codePoint)
    {
        var script = HarfBuzzSharp.UnicodeFunctions.Default.GetScript(codePoint);
        return script == HarfBuzzSharp.Script.Common || script == HarfBuzzSharp.Script.Inherited;
    }

    private static string ContextAround(string text, int index)
    {
        const int Radius = 20;
        var start = Math.Max(0, index - Radius);
        var end = Math.Min(text.Length, index + Radius);
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        var context = text[start..end].ReplaceLineEndings(" ");
        return (start > 0 ? "\u2026" : "") + context + (end < text.Length ? "\u2026" : "");
    }

}
