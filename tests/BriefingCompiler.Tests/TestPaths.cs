namespace BriefingCompiler.Tests;

/// <summary>Where test inputs are: fixtures and golden cases next to the test assembly, docs and src in the repo.</summary>
internal static class TestPaths
{
    public static string Output => TestContext.CurrentContext.TestDirectory;

    public static string Fixture(string name) => Path.Combine(Output, "Fixtures", name);

    public static string GoldenInvalid => Path.Combine(Output, "Golden", "Invalid");

    /// <summary>The repository root: the folder above the test assembly that holds BriefingCompiler.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(Output); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "BriefingCompiler.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("BriefingCompiler.sln not found above " + Output);
        }
    }
}
