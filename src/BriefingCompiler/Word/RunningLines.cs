using BriefingCompiler.Localization;
using BriefingCompiler.Model;

namespace BriefingCompiler.Word;

/// <summary>The version / date / audience line and the marking prefix, as the built-in template composes them.</summary>
internal sealed class RunningLines
{
    public RunningLines(Briefing briefing, IReadOnlyDictionary<string, string> labels, LanguageConventions conventions)
    {
        var control = briefing.DocumentControl;
        var version = briefing.CurrentVersion;
        VersionLine = string.Join(" · ",
            WordLabels.Fill(labels["version"], version.Version),
            DateFormatter.Format(version.Date, briefing.Language),
            conventions.Labelled(labels["audience"], control.Audience));
        PagePrefix = control.Marking is { } marking ? marking + " · " : "";
        Draft = control.IsDraft ? labels["draft"] : null;
        PageHeader = PagePrefix + (Draft is null ? "" : Draft + " · ") + VersionLine;
    }

    /// <summary>"Version 1 · 4 November 2024 · Distribution: …".</summary>
    public string VersionLine { get; }

    /// <summary>"MARKING · " or nothing: what precedes the header line and the page numbers.</summary>
    public string PagePrefix { get; }

    /// <summary>The draft label, or null for a final document.</summary>
    public string? Draft { get; }

    public string PageHeader { get; }
}
