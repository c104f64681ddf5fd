namespace BriefingCompiler.Conformance;

/// <summary>
/// Where the W3C CSS test suite is: <c>../shared/conformance/w3c-css-2017/</c> beside the repository (as CI lays
/// it out), found from the repository root, which is the nearest folder above <paramref name="start"/> holding
/// BriefingCompiler.sln. Never a machine path.
/// </summary>
public static class SuiteFolder
{
    public const string RelativeToRepository = "../shared/conformance/w3c-css-2017";

    /// <summary>The suite's folder (it may not exist: callers say so), or null when no repository root is above <paramref name="start"/>.</summary>
    public static string? Locate(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingCompiler.sln")))
                return Path.GetFullPath(Path.Combine(folder.FullName, RelativeToRepository));
        }

        return null;
    }

    /// <summary>The repository root above <paramref name="start"/>, or null.</summary>
    public static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingCompiler.sln")))
                return folder.FullName;
        }

        return null;
    }
}
