using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

public class SequenceAlignerTests
{
    private static IReadOnlyList<AlignmentStep> Align(string[] a, string[] b) => SequenceAligner.Align(a, b, s => s, Similarity.OfTexts);

    [Test]
    public void An_inserted_item_leaves_the_others_matched()
    {
        var steps = Align(["alpha one", "beta two", "gamma three"], ["alpha one", "new item", "beta two", "gamma three"]);
        Assert.That(steps, Is.EqualTo(new[]
        {
            new AlignmentStep(AlignmentKind.Matched, 0, 0),
            new AlignmentStep(AlignmentKind.Added, null, 1),
            new AlignmentStep(AlignmentKind.Matched, 1, 2),
            new AlignmentStep(AlignmentKind.Matched, 2, 3),
        }));
    }

    [Test]
    public void An_edited_item_matches_its_old_self_and_an_unrelated_one_does_not()
    {
        var steps = Align(["closing remarks from the chair", "budget"], ["closing remarks by the chair", "travel"]);
        Assert.That(steps, Is.EqualTo(new[]
        {
            new AlignmentStep(AlignmentKind.Matched, 0, 0),
            new AlignmentStep(AlignmentKind.Removed, 1, null),
            new AlignmentStep(AlignmentKind.Added, null, 1),
        }));
    }

    [Test]
    public void An_item_moved_to_the_end_is_one_move()
    {
        var steps = Align(["a a", "b b", "c c", "d d"], ["b b", "c c", "d d", "a a"]);
        Assert.That(steps, Is.EqualTo(new[]
        {
            new AlignmentStep(AlignmentKind.Matched, 1, 0),
            new AlignmentStep(AlignmentKind.Matched, 2, 1),
            new AlignmentStep(AlignmentKind.Matched, 3, 2),
            new AlignmentStep(AlignmentKind.Moved, 0, 3),
        }));
    }

    [Test]
    public void Empty_lists()
    {
        Assert.That(Align([], []), Is.Empty);
        Assert.That(Align([], ["x"]), Is.EqualTo(new[] { new AlignmentStep(AlignmentKind.Added, null, 0) }));
        Assert.That(Align(["x"], []), Is.EqualTo(new[] { new AlignmentStep(AlignmentKind.Removed, 0, null) }));
    }
}
