using BriefingCompiler.Diffing;
using static BriefingCompiler.Tests.Diffing.BriefingFixture;

namespace BriefingCompiler.Tests.Diffing;

public class VersionDisciplineTests
{
    [Test]
    public void Content_changed_without_a_new_version_is_BRF3901_at_the_current_version()
    {
        var old = English();
        var @new = old with { Objective = Md("A different objective.") };
        var diagnostic = VersionDiscipline.Check(old, @new, "origin/main");

        Assert.That(diagnostic, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic!.Code, Is.EqualTo("BRF3901"));
            Assert.That(diagnostic.IsError, Is.True);
            Assert.That(diagnostic.Message, Does.Contain("origin/main").And.Contain("objective").And.Contain("after 1"));
            Assert.That(diagnostic.Span, Is.EqualTo(@new.CurrentVersion.Span));
        });
    }

    [Test]
    public void Content_changed_with_a_new_version_is_fine()
    {
        var old = English();
        var @new = (old with { Objective = Md("A different objective.") })
            .WithVersions([.. old.DocumentControl.Versions, Version("2", "2024-11-10")]);
        Assert.That(VersionDiscipline.Check(old, @new, "HEAD"), Is.Null);
    }

    [Test]
    public void No_change_or_a_change_of_the_version_history_alone_is_fine()
    {
        var old = English();
        Assert.That(VersionDiscipline.Check(old, English(), "HEAD"), Is.Null);
        var noteAdded = old.WithVersions(Version("1", "2024-11-04", "first issue"));
        Assert.That(VersionDiscipline.Check(old, noteAdded, "HEAD"), Is.Null);
    }

    [Test]
    public void Editing_the_last_version_entry_instead_of_adding_one_does_not_count_as_a_new_version()
    {
        var old = English();
        var @new = (old with { Closing = null }).WithVersions(Version("1", "2024-11-05"));
        Assert.That(VersionDiscipline.Check(old, @new, "HEAD")?.Code, Is.EqualTo("BRF3901"));
    }
}
