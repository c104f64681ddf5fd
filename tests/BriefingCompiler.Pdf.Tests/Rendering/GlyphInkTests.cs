using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>Line boxes with the bundled fonts: a set line-height is kept even where the glyphs reach past it
/// (and they are still drawn at the foot of a page); <c>normal</c> makes room for every face on the line.</summary>
public class GlyphInkTests
{
    [Test]
    public void Arabic_descenders_on_the_last_line_of_a_full_page_are_inside_the_clip()
    {
        // 10 pt text on 16 pt lines fills the 160 pt content box exactly; Noto Naskh Arabic reaches 0.634 em
        // below the baseline, 2.2 pt more than the line box gives it.
        var words = string.Join(' ', Enumerable.Repeat("يجب أن يكون الحوار مفتوحا وشفافا للجميع", 40));
        var html = $$"""
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><style>
            @page { size: 200pt 200pt; margin: 20pt }
            body { font-family: "Noto Sans", "Noto Naskh Arabic"; font-size: 10pt; line-height: 1.6 }
            p { margin: 0 }
            </style></head><body><p>{{words}}</p></body></html>
            """;
        using var catalog = new FontCatalog();
        using var document = new PdfRenderer(catalog).Layout(html);

        var commands = document.Paints[0].Commands;
        var clip = commands.OfType<BeginClip>().Single().Rect;
        var lowest = commands.OfType<DrawGlyphs>().Where(g => g.Run.Font.Family == "Noto Naskh Arabic").MaxBy(g => g.BaselineY)!;
        Assert.That(lowest.BaselineY, Is.GreaterThan(180f - 16f), "the page is full");
        Assert.That(lowest.BaselineY + lowest.Run.Font.DescentAt(lowest.Run.Style.FontSize), Is.LessThanOrEqualTo(clip.Bottom));
        Assert.That(clip.Left, Is.EqualTo(20f), "sideways the clip stays the content box");
        Assert.That(clip.Right, Is.EqualTo(180f));
    }

    [TestCase("normal", "Latin words only here", 1.362f)]
    [TestCase("normal", "كلمات عربية فقط", 1.703f)]
    [TestCase("1.6", "Latin words only here", 1.6f)]
    [TestCase("1.6", "كلمات عربية فقط", 1.6f)]
    public void Line_height_normal_makes_room_for_the_fallback_face_a_set_one_does_not(string lineHeight, string text, float expectedEm)
    {
        var html = $$"""
            <!DOCTYPE html><html><head><style>
            @page { size: 300pt 200pt; margin: 20pt }
            body { font-family: "Noto Sans", "Noto Naskh Arabic"; font-size: 10pt; line-height: {{lineHeight}} }
            </style></head><body><p>{{text}}</p></body></html>
            """;
        using var catalog = new FontCatalog();
        using var document = new PdfRenderer(catalog).Layout(html);

        var heights = new List<float>();
        LayoutProbeWalk(document.Pages[0].Body, heights);
        Assert.That(heights.Single(), Is.EqualTo(expectedEm * 10f).Within(0.01f));
    }

    private static void LayoutProbeWalk(Fragment fragment, List<float> heights)
    {
        if (fragment is LineFragment line) heights.Add(line.Height);
        else if (fragment is BoxFragment box) foreach (var child in box.Children) LayoutProbeWalk(child, heights);
    }
}
