namespace BriefingCompiler.Conformance;

/// <summary>Where a program is found on a <c>PATH</c>, as a shell finds it: the first folder holding a file of that name.
/// A peer run checks its programs before it starts, so a missing one is one clear error, not a failure per test.</summary>
public static class ExecutableSearch
{
    /// <summary>The program's full path, or null; <paramref name="searchPath"/> defaults to this process's <c>PATH</c>.</summary>
    public static string? Find(string program, string? searchPath = null)
    {
        var folders = (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(f => Path.Combine(f, program)).FirstOrDefault(File.Exists);
    }
}
