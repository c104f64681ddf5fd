namespace BriefingCompiler.Projects;

/// <summary>
/// Which files are briefings: the one rule behind a folder on the command line (<c>briefc check briefings/</c>) and
/// briefc.yaml's <c>sources</c>, so both find the same files. YAML files are briefings whichever of the two YAML
/// extensions they use; the project file itself never is.
/// </summary>
public static class BriefingFileName
{
    /// <summary>The extensions of briefings, equivalent everywhere (a pattern's <c>*.yaml</c> matches <c>x.yml</c> too).</summary>
    public static readonly IReadOnlyList<string> Extensions = [".yaml", ".yml"];

    public static bool HasBriefingExtension(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A file a folder search takes as a briefing: a YAML file that is not the project file.</summary>
    public static bool IsBriefing(string path) => HasBriefingExtension(path) && !IsProjectFile(path);

    /// <summary>briefc.yaml (or briefc.yml), which configures a project and is not a briefing.</summary>
    public static bool IsProjectFile(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("briefc", StringComparison.OrdinalIgnoreCase) && HasBriefingExtension(path);
}
