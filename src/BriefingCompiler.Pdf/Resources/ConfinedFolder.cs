namespace BriefingCompiler.Pdf.Resources;

/// <summary>
/// A folder that files are read from on a document's behalf (a template's partials, fonts, later images), and
/// only from: a name is accepted when the file it finally reaches — every symbolic link on the way followed, in
/// any component, not just the last — lies inside the folder, itself resolved the same way. A link inside the
/// folder to <c>/etc</c> or to a folder outside therefore reads nothing; links that stay inside are fine.
/// </summary>
public sealed class ConfinedFolder
{
    /// <summary>As many links as Linux follows in one path (ELOOP past this): a loop ends here.</summary>
    private const int MaxLinks = 40;

    private readonly string _realFolder;

    /// <param name="folder">The folder, absolute or relative to the working directory.</param>
    public ConfinedFolder(string folder)
    {
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _realFolder = RealPath(Folder) ?? Folder;
    }

    /// <summary>The folder as given, made absolute (links not resolved).</summary>
    public string Folder { get; }

    /// <summary>
    /// The real path of the regular file that <paramref name="relativeName"/> names inside the folder; null with the
    /// reason when the name is not a plain relative name (absolute, a drive, a <c>..</c> or empty segment), when
    /// the file it reaches lies outside the folder, or when there is no such file.
    /// </summary>
    public string? Resolve(string relativeName, out string problem)
    {
        if (string.IsNullOrWhiteSpace(relativeName) || Path.IsPathRooted(relativeName) || relativeName.Contains(':')
            || relativeName.Split('/', '\\').Any(segment => segment is ".." or ""))
        {
            problem = "only a relative name inside the folder is allowed, without '..'";
            return null;
        }

        return ResolveFull(Path.Combine(Folder, relativeName), out problem);
    }

    /// <summary>
    /// The real path of <paramref name="fullPath"/> (a path inside <see cref="Folder"/>, for example one found by
    /// listing it) when it is a regular file that stays inside the folder once every link is followed; null with
    /// the reason otherwise.
    /// </summary>
    public string? ResolveFull(string fullPath, out string problem)
    {
        var real = RealPath(Path.GetFullPath(fullPath));
        if (real is null)
        {
            problem = "its symbolic links form a loop";
            return null;
        }

        if (!real.StartsWith(_realFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "it leads outside the folder (through a symbolic link)";
            return null;
        }

        if (RegularFile.Problem(real) is { } notRegular)
        {
            problem = notRegular == "missing" ? "no such file" : $"it is {notRegular}, not a regular file";
            return null;
        }

        problem = "";
        return real;
    }

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link in every component followed (what realpath(3) gives), or
    /// null when the links loop. Components that do not exist are kept as written.
    /// </summary>
    public static string? RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var pending = new Stack<string>(Components(fullPath[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var component))
        {
            if (component == ".")
                continue;
            if (component == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, component);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
                return null;
            // The link's target replaces this component: absolute from its root, relative from the link's folder.
            var targetRoot = Path.GetPathRoot(target) ?? "";
            if (targetRoot.Length > 0)
                current = targetRoot;
            foreach (var part in Components(target[targetRoot.Length..]).Reverse())
                pending.Push(part);
        }

        return current;
    }

    private static IEnumerable<string> Components(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
