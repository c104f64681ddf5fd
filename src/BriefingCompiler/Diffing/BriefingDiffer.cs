using BriefingCompiler.Model;

namespace BriefingCompiler.Diffing;

/// <summary>What changed between two versions of a briefing: a pure function of the two models.</summary>
public static class BriefingDiffer
{
    public static BriefingDiff Compare(Briefing oldBriefing, Briefing newBriefing) =>
        new(NodeDiffer.Diff(BriefingProjection.Project(oldBriefing), BriefingProjection.Project(newBriefing)));
}
