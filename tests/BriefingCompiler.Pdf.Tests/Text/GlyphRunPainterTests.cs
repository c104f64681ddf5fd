using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>The order the painter hands glyphs to Skia in, which decides where text extractors place the
/// ActualText of clusters drawn as several glyphs.</summary>
public class GlyphRunPainterTests
{
    [Test]
    public void Inside_a_cluster_glyphs_on_the_baseline_are_drawn_first_and_clusters_stay_in_place()
    {
        // Noto Naskh draws ي and ف as a body plus dots and places the madda of آ and the vowel marks off the
        // baseline; HarfBuzz may list the dots first.
        const string text = "في الآراء بِسْمِ اللَّهِ";
        var style = new TextStyle(["Noto Sans"], 12f);
        using var catalog = new FontCatalog();
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(text, style);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun(text, style)], float.PositiveInfinity, rightToLeft: true).Single().Runs.Single();
        Assert.That(run.VerticalOffsets, Is.Not.Null);
        var offsets = run.VerticalOffsets!;

        var order = GlyphRunPainter.DrawingOrder(run);
        Assert.That(order.Order(), Is.EqualTo(Enumerable.Range(0, run.Glyphs.Length)), "every glyph once");
        Assert.That(order.Select(i => run.Clusters[i]), Is.EqualTo(run.Clusters), "glyphs move only inside their cluster");
        var reordered = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var first = k == 0 || run.Clusters[order[k - 1]] != run.Clusters[order[k]];
            var cluster = Enumerable.Range(0, run.Glyphs.Length).Where(i => run.Clusters[i] == run.Clusters[order[k]]).ToList();
            if (!first || cluster.Count < 2 || cluster.All(i => offsets[i] != 0)) continue;
            Assert.That(offsets[order[k]], Is.Zero, $"cluster at byte {run.Clusters[order[k]]} starts on the baseline");
            if (order[k] != cluster[0]) reordered++;
        }

        Assert.That(reordered, Is.GreaterThan(0), "the text has clusters whose first shaped glyph is off the baseline");
    }
}
