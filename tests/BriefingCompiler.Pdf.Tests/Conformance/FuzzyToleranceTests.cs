using BriefingCompiler.Conformance;

namespace BriefingCompiler.Pdf.Tests.Conformance;

/// <summary>WPT's <c>&lt;meta name="fuzzy"&gt;</c> as the harness reads and applies it.</summary>
public class FuzzyToleranceTests
{
    [TestCase("maxDifference=0-2;totalPixels=0-40", 0, 2, 0, 40, null)]
    [TestCase("0-2;0-40", 0, 2, 0, 40, null)]
    [TestCase(" 5;300 ", 5, 5, 300, 300, null)]
    [TestCase("totalPixels=10-20;maxDifference=3", 3, 3, 10, 20, null)]
    [TestCase("ref.html:128;0-100", 128, 128, 0, 100, "ref.html")]
    public void Values_are_read(string content, int minDifference, int maxDifference, int minPixels, int maxPixels, string? url)
    {
        var tolerance = FuzzyTolerance.Parse(content, out var limitedTo);

        Assert.That(tolerance, Is.EqualTo(new FuzzyTolerance(minDifference, maxDifference, minPixels, maxPixels)));
        Assert.That(limitedTo, Is.EqualTo(url));
    }

    [TestCase("")]
    [TestCase("2")]
    [TestCase("a;b")]
    [TestCase("2-1;0")]
    [TestCase("maxDifference=1;colour=2")]
    [TestCase("1;2;3")]
    public void Unreadable_values_are_refused(string content) => Assert.That(FuzzyTolerance.Parse(content, out _), Is.Null);

    [Test]
    public void Differences_must_fall_in_both_ranges_and_identical_pages_always_match()
    {
        var tolerance = new FuzzyTolerance(5, 10, 200, 300);

        Assert.Multiple(() =>
        {
            Assert.That(tolerance.Accepts(maxDifference: 7, differingPixels: 250), Is.True);
            Assert.That(tolerance.Accepts(maxDifference: 4, differingPixels: 250), Is.False, "below the range: the expected difference is not there");
            Assert.That(tolerance.Accepts(maxDifference: 11, differingPixels: 250), Is.False);
            Assert.That(tolerance.Accepts(maxDifference: 7, differingPixels: 301), Is.False);
            Assert.That(tolerance.Accepts(maxDifference: 0, differingPixels: 0), Is.True);
            Assert.That(FuzzyTolerance.Default.Accepts(2, 100), Is.True);
            Assert.That(FuzzyTolerance.Default.Accepts(3, 1), Is.False, "a difference of 3 in one channel of one pixel is beyond anti-aliasing noise");
            Assert.That(FuzzyTolerance.Default.Accepts(1, 101), Is.False);
        });
    }
}
