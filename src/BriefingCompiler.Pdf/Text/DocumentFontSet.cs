using System.Diagnostics;
using BriefingCompiler.Pdf.Fonts;
using HarfBuzzSharp;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Phase one of setting a document's text: collects every piece of text the document will draw (body,
/// running header and footer, page-number digits), decides the face of each character and remembers which
/// code points each face must hold. <see cref="Build"/> then subsets each used face once and returns the
/// <see cref="TextLayouter"/> that shapes and breaks lines with the subsets. One set per document; not
/// thread-safe (the catalog behind it is).
/// </summary>
public sealed class DocumentFontSet
{
    private readonly CharacterFontResolver resolver;

    public DocumentFontSet(FontCatalog catalog)
        : this(catalog, null)
    {
    }

    /// <param name="excluded">User faces that failed earlier in this document (<see cref="FontUnusableException"/>):
    /// set as if absent.</param>
    internal DocumentFontSet(FontCatalog catalog, IReadOnlySet<FontSource>? excluded) => resolver = new(catalog, excluded);

    // Insertion-ordered so faces are subset (and later embedded) in a stable order.
    private readonly List<FontSource> order = [];
    private readonly Dictionary<FontSource, SortedSet<int>> codePoints = [];
    private bool built;

    /// <summary>Registers <paramref name="text"/> as drawn in <paramref name="style"/>. Returns the characters no
    /// font can draw (empty when all is well) so the caller can report them with the text's source location.</summary>
    public IReadOnlyList<MissingCharacter> Add(string text, TextStyle style) => Add(text, style, null).Missing;

    /// <summary>Registers every run of a paragraph, in order (a run's leading spaces and punctuation may stay
    /// in the face that ended the run before, exactly as <see cref="TextLayouter.Layout"/> will decide). The
    /// offsets of the characters returned are into the runs' concatenated text, as in <see cref="TextLine"/>.</summary>
    public IReadOnlyList<MissingCharacter> Add(IEnumerable<TextRun> runs)
    {
        var missing = new List<MissingCharacter>();
        FontSource? previous = null;
        var offset = 0;
        foreach (var run in runs)
        {
            if (run.ObjectWidth is not null)
            {
                // An object draws no glyph; its style's first available font is its line's strut.
                if (built) throw new InvalidOperationException("Text cannot be added after Build(): the fonts are already subset.");
                Use(resolver.Primary(run.Style));
                offset += run.Text.Length;
                continue;
            }

            var (last, runMissing) = Add(run.Text, run.Style, previous);
            missing.AddRange(runMissing.Select(m => m with { Offset = m.Offset + offset }));
            previous = last ?? previous;
            offset += run.Text.Length;
        }

        return missing;
    }

    private (FontSource? Last, IReadOnlyList<MissingCharacter> Missing) Add(string text, TextStyle style, FontSource? previous)
    {
        if (built) throw new InvalidOperationException("Text cannot be added after Build(): the fonts are already subset.");
        var (faces, missing) = resolver.Resolve(text, style, previous);
        // The primary face gives empty lines their height, so it is part of the document even without glyphs.
        Use(resolver.Primary(style));
        for (var i = 0; i < text.Length;)
        {
            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (!System.Text.Rune.IsControl(rune))
            {
                Use(faces[i]).Add(rune.Value);
                // A line broken at a soft hyphen shows a hyphen in the soft hyphen's face.
                if (rune.Value == ShapedParagraph.SoftHyphen) Use(faces[i]).Add('-');
                // A space or digit whose face came from the text before it would land in another face if the
                // layout cut the runs differently from this registration: make both faces hold it.
                if (CharacterFontResolver.DependsOnContext(rune.Value) && resolver.FindAlone(rune.Value, style) is { } alone && alone != faces[i])
                    Use(alone).Add(rune.Value);
            }

            i += length;
        }

        return (text.Length > 0 ? faces[^1] : null, missing);
    }

    /// <summary>Subsets every face the document uses, once, and returns the layouter working on the subsets.
    /// <see cref="TextLayouter.SubsetTime"/> tells how long the subsetting took.</summary>
    public TextLayouter Build()
    {
        if (built) throw new InvalidOperationException("Build() was already called for this document.");
        built = true;
        var clock = Stopwatch.StartNew();
        var faces = new Dictionary<FontSource, FontFace>();
        try
        {
            foreach (var source in order)
            {
                var set = codePoints[source];
                // Always keep the space: HarfBuzz draws hidden default-ignorables with it.
                set.Add(' ');
                faces[source] = CreateSubsetFace(source, set);
            }
        }
        catch
        {
            new TextLayouter(resolver, faces, clock.Elapsed).Dispose(); // the subsets made so far
            throw;
        }

        return new TextLayouter(resolver, faces, clock.Elapsed);
    }

    private SortedSet<int> Use(FontSource source)
    {
        if (!codePoints.TryGetValue(source, out var set))
        {
            set = [];
            codePoints[source] = set;
            order.Add(source);
        }

        return set;
    }

    private static FontFace CreateSubsetFace(FontSource source, SortedSet<int> set)
    {
        byte[] bytes;
        try
        {
            bytes = FontSubsetter.Subset(source.Face, set);
        }
        catch (InvalidOperationException e) when (source.File is not null)
        {
            // A user font that passed its check with a sample of its characters, failing on this document's.
            throw new FontUnusableException(source, $"hb-subset cannot subset the characters this document needs ({e.Message})", e);
        }

        using var data = SKData.CreateCopy(bytes); // the typeface keeps its own reference
        var typeface = SKTypeface.FromData(data)
            ?? (source.File is not null
                ? throw new FontUnusableException(source, "Skia cannot read the subset of the characters this document needs")
                : throw new InvalidOperationException($"Skia could not load the subset of {source}."));
        using var blob = NativeBlob.CopyOf(bytes);
        blob.MakeImmutable();
        var face = new Face(blob, 0); // holds its own reference to the blob
        var shaper = new HarfBuzzSharp.Font(face);
        shaper.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        var (ascender, descender, lineGap) = source.VerticalMetrics;
        return new FontFace(source.Family, source.Weight, source.Italic, typeface, face.UnitsPerEm, ascender, descender)
        {
            Shaper = shaper,
            ShaperFace = face,
            CodePoints = set,
            Program = bytes,
            Use = source.Use,
            LineGap = lineGap,
        };
    }
}
