using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Paging;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// The margin boxes of a top or bottom band share its width (CSS Paged Media 3 §5.3.2): widths from the boxes' min-content
/// and max-content widths, the centre box kept centred; long contents wrap in their own box instead of overlapping.
/// </summary>
public class MarginBandTests
{
    private static (float, float, float) Resolve(float available, (float, float)? left, (float, float)? center, (float, float)? right)
    {
        MarginBandWidths.Intrinsic? Of((float Min, float Max)? box) => box is { } b ? new(b.Min, b.Max) : null;
        var (a, b, c) = MarginBandWidths.Resolve(available, Of(left), Of(center), Of(right));
        return ((float)Math.Round(a, 3), (float)Math.Round(b, 3), (float)Math.Round(c, 3));
    }

    [Test]
    public void Widths_follow_the_specs_rules_as_the_wpt_margin_box_dimension_tests_work_them_out()
    {
        Assert.That(Resolve(20, (3, 3), null, (2, 2)), Is.EqualTo((12f, 0f, 8f)), "dimensions-003: max-content fits, the rest by max-content");
        Assert.That(Resolve(20, (4, 17), null, (2, 5)), Is.EqualTo((15.375f, 0f, 4.625f)), "dimensions-006: min-content fits, the rest by max − min");
        Assert.That(Resolve(20, (3, 3), (2, 2), (2, 2)), Is.EqualTo((7.5f, 5f, 7.5f)), "dimensions-005: the centre beside twice the larger side");
        Assert.That(Resolve(20, (1, 9), (1, 17), (1, 3)), Is.EqualTo((5.25f, 9.5f, 5.25f)), "dimensions-007");
        Assert.That(Resolve(20, (18, 18), (12, 12), (6, 6)), Is.EqualTo((7.5f, 5f, 7.5f)), "dimensions-009: nothing fits, shrink by min-content");
    }

    [Test]
    public void A_box_alone_in_its_band_spans_it_and_boxes_not_generated_get_nothing()
    {
        Assert.That(Resolve(100, null, (10, 20), null), Is.EqualTo((0f, 100f, 0f)));
        Assert.That(Resolve(100, (10, 20), null, null), Is.EqualTo((100f, 0f, 0f)));
        Assert.That(Resolve(100, null, null, (10, 20)), Is.EqualTo((0f, 0f, 100f)));
        Assert.That(Resolve(100, (0, 0), null, (0, 0)), Is.EqualTo((50f, 0f, 50f)), "empty contents share equally");
    }

    /// <summary>The words in the top margin of a one-page document with these margin boxes.</summary>
    private static UglyToad.PdfPig.Content.Word[] HeaderWords(string margins)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf($$"""
            <!DOCTYPE html><html lang="en"><head><title>Band</title><style>
            @page { size: 300pt 200pt; margin: 60pt 40pt; {{margins}} }
            body { margin: 0; font-size: 10pt }
            </style></head><body><p>Body</p></body></html>
            """, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        using var document = PdfDocument.Open(result.Pdf);
        var page = document.GetPage(1);
        return page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 60).ToArray();
    }

    private static UglyToad.PdfPig.Content.Word[] Named(IEnumerable<UglyToad.PdfPig.Content.Word> words, string text) =>
        words.Where(w => w.Text.Equals(text, StringComparison.OrdinalIgnoreCase)).ToArray();

    [Test]
    public void Long_left_and_right_contents_wrap_in_their_own_boxes_instead_of_overlapping()
    {
        var words = HeaderWords("""
            @top-left { content: "Alpha alpha alpha alpha alpha alpha alpha alpha"; font-size: 8pt }
            @top-right { content: "Omega omega omega omega omega omega omega omega"; font-size: 8pt }
            """);
        var (left, right) = (Named(words, "alpha"), Named(words, "omega"));

        Assert.That((left.Length, right.Length), Is.EqualTo((8, 8)));
        Assert.That(left.Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(right.Min(w => w.BoundingBox.Left)), "no word of one box over the other's");
        Assert.That(left.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count(), Is.GreaterThan(1), "the left box wraps");
        Assert.That(right.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count(), Is.GreaterThan(1), "the right box wraps");
        Assert.That(left.Min(w => w.BoundingBox.Left), Is.EqualTo(40).Within(1), "left-aligned at the band's left edge");
        Assert.That(right.Max(w => w.BoundingBox.Right), Is.EqualTo(260).Within(1), "right-aligned at the band's right edge");
    }

    [Test]
    public void A_centre_box_stays_centred_beside_a_long_side_box_and_the_side_box_wraps_before_it()
    {
        var words = HeaderWords("""
            @top-left { content: "Alpha alpha alpha alpha alpha alpha alpha alpha alpha alpha"; font-size: 8pt }
            @top-center { content: "Mid"; font-size: 8pt }
            """);
        var mid = words.Single(w => w.Text == "Mid");
        var left = Named(words, "alpha");

        Assert.That((mid.BoundingBox.Left + mid.BoundingBox.Right) / 2, Is.EqualTo(150).Within(0.5), "centred on the page");
        Assert.That(left, Has.Length.EqualTo(10));
        Assert.That(left.Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(mid.BoundingBox.Left + 0.5), "the left box ends before the centre box");
    }

    /// <summary>The words in the left margin (60 pt wide) of a one-page document with these margin boxes; the content box is
    /// 300 pt tall, from 20 pt below the page's top.</summary>
    private static UglyToad.PdfPig.Content.Word[] LeftMarginWords(string margins)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf($$"""
            <!DOCTYPE html><html lang="en"><head><title>Side</title><style>
            @page { size: 300pt 340pt; margin: 20pt 40pt 20pt 60pt; {{margins}} }
            body { margin: 0; font-size: 10pt }
            </style></head><body><p>Body</p></body></html>
            """, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        using var document = PdfDocument.Open(result.Pdf);
        return document.GetPage(1).GetWords().Where(w => w.BoundingBox.Right <= 60).ToArray();
    }

    /// <summary>The middle of some words, down from the content box's top.</summary>
    private static double MiddleFromTop(IReadOnlyList<UglyToad.PdfPig.Content.Word> words) =>
        320 - (words.Max(w => w.BoundingBox.Top) + words.Min(w => w.BoundingBox.Bottom)) / 2;

    [Test]
    public void Side_boxes_share_the_bands_height_by_the_same_rules_as_top_boxes_share_their_width()
    {
        var words = LeftMarginWords("""
            @left-top { content: "Alpha Bravo Charlie"; font-size: 12pt; vertical-align: middle }
            @left-bottom { content: "Zulu"; font-size: 12pt; vertical-align: middle }
            """);
        var (top, bottom) = (words.Where(w => w.Text is "Alpha" or "Bravo" or "Charlie").ToArray(), words.Where(w => w.Text == "Zulu").ToArray());
        Assert.That(top.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count(), Is.EqualTo(3), "a word a line in the 60 pt margin (the test's premise)");
        var line = top.OrderByDescending(w => w.BoundingBox.Bottom).Take(2).Select(w => w.BoundingBox.Bottom).Aggregate((a, b) => a - b);

        // Both max-content heights (3 lines and 1) fit in the 300 pt band: each box gets its own and the room left in
        // proportion to it, 3/4 and 1/4 (§5.3.2 applied to heights); vertical-align: middle centres each in its box.
        var topHeight = 3 * line + (300 - 4 * line) * 3 / 4;
        Assert.That(MiddleFromTop(top), Is.EqualTo(topHeight / 2).Within(1.5), "the top box's text in the middle of its share");
        Assert.That(MiddleFromTop(bottom), Is.EqualTo(topHeight + (300 - topHeight) / 2).Within(1.5), "the bottom box's in the middle of the rest");
    }

    [Test]
    public void A_side_box_alone_spans_the_band_and_a_middle_box_stays_centred_between_the_others()
    {
        var alone = LeftMarginWords("""@left-top { content: "Solo"; font-size: 8pt; vertical-align: middle }""");
        Assert.That(MiddleFromTop(alone), Is.EqualTo(150).Within(1.5), "a box alone spans the band");

        var three = LeftMarginWords("""
            @left-top { content: "Aa Ab Ac Ad Ae Af"; font-size: 8pt }
            @left-middle { content: "Mid"; font-size: 8pt }
            @left-bottom { content: "Zz"; font-size: 8pt }
            """);
        var top = three.Where(w => w.Text.StartsWith('A')).ToArray();
        Assert.That(MiddleFromTop(three.Where(w => w.Text == "Mid").ToArray()), Is.EqualTo(150).Within(1.5), "the middle box centred in the band");
        Assert.That(320 - top.Max(w => w.BoundingBox.Top), Is.LessThan(4), "left-top's text at the top of its box (vertical-align: top by default)");
        Assert.That(320 - three.Single(w => w.Text == "Zz").BoundingBox.Bottom, Is.GreaterThan(290), "left-bottom's at the bottom of its box");
    }
}
