namespace BriefingCompiler.Benchmarks;

/// <summary>Finds the repository (the folder holding BriefingCompiler.sln) from the working folder or
/// from this binary upwards: BenchmarkDotNet runs benchmarks from a generated project far below it.</summary>
public static class RepositoryLocator
{
    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BriefingCompiler.sln"))) return dir.FullName;
            }
        }
        return null;
    }
}
