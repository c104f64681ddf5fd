using BriefingCompiler.Model;

namespace BriefingCompiler.Diffing;

/// <summary>What changed between two versions of a briefing: a pure function of the two models.</summary>
public static class BriefingDiffer
{
    /// <remarks>The images are compared by their bytes when both sides' images were read (from their folders, or for a side
    /// from a git revision from its folder at that revision, <see cref="GitRevisionFolder"/>): an image file replaced under
    /// the same name is a change of <c>figures.NAME</c>. A side loaded without its images (text only) compares none.</remarks>
    public static BriefingDiff Compare(Briefing oldBriefing, Briefing newBriefing)
    {
        var figures = oldBriefing.Figures is not null && newBriefing.Figures is not null;
        return new(NodeDiffer.Diff(BriefingProjection.Project(oldBriefing, figures), BriefingProjection.Project(newBriefing, figures)));
    }
}
