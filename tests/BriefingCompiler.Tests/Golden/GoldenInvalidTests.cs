namespace BriefingCompiler.Tests.Golden;

/// <summary>
/// Every invalid input gives exactly its expected diagnostics, each positioned in the file, and no model.
/// </summary>
public class GoldenInvalidTests
{
    [TestCaseSource(typeof(GoldenInvalidCases), nameof(GoldenInvalidCases.All))]
    public void Invalid_input_gives_the_expected_positioned_diagnostics(GoldenInvalidCase golden)
    {
        var path = $"briefings/{golden.Name}.yaml";

        var result = BriefingLoader.Load(path, golden.Content());

        var actual = result.Diagnostics.Select(d => $"{d.Span.Line}:{d.Span.Column} {d.Code}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(golden.Expected),
                "diagnostics were:\n" + string.Join("\n", result.Diagnostics));
            Assert.That(result.HasErrors, Is.True);
            Assert.That(result.Briefing, Is.Null);
            Assert.That(result.Diagnostics.Select(d => d.Span.File), Is.All.EqualTo(path));
            Assert.That(result.Diagnostics.Select(d => d.Message), Is.All.Not.Empty);
        });
    }

    [Test]
    public void There_are_at_least_45_distinct_invalid_inputs()
    {
        var cases = GoldenInvalidCases.All().Select(c => (GoldenInvalidCase)c.Arguments[0]!).ToList();

        Assert.That(cases.Select(c => Convert.ToBase64String(c.Content())).Distinct().Count(), Is.GreaterThanOrEqualTo(45));
    }
}
