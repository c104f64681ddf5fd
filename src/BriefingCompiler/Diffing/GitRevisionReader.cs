using System.Diagnostics;

namespace BriefingCompiler.Diffing;

/// <summary>
/// A file as it was at a git revision (<c>git show REV:path</c>, as raw bytes), for <c>briefc diff FILE --against REV</c>
/// and <c>briefc check --against REV</c>. Git runs in the file's folder, so the file's own repository is
/// used whatever the current directory is; the path given to git is relative to that repository's root.
/// </summary>
public static class GitRevisionReader
{
    /// <summary>
    /// The file's bytes at <paramref name="revision"/>, named <c>REV:path/from/repo/root</c> (what the outputs
    /// show: no machine path). <see cref="GitRevisionFile.Missing"/> is set when the revision exists but
    /// the file did not exist in it yet.
    /// </summary>
    /// <param name="filePath">The file (relative paths against the process's directory).</param>
    /// <param name="revision">The git revision.</param>
    /// <param name="shownAs">The file as error messages name it (as the user gave it); null: <paramref name="filePath"/>.</param>
    public static GitRevisionFile Read(string filePath, string revision, string? shownAs = null)
    {
        var shown = shownAs ?? filePath;
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Contains(':'))
        {
            return GitRevisionFile.Failed($"'{revision}' is not a git revision");
        }
        var fullPath = Path.GetFullPath(filePath);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            return GitRevisionFile.Failed($"no such folder: '{Path.GetDirectoryName(shown)}'");
        }
        var prefix = Run(folder, ["rev-parse", "--show-prefix"]);
        if (prefix.ExitCode != 0)
        {
            return GitRevisionFile.Failed($"'{shown}' is not in a git repository: {prefix.ErrorText}");
        }
        var commit = Run(folder, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (commit.ExitCode != 0)
        {
            // In CI the usual cause: actions/checkout fetches one commit unless told otherwise.
            var shallow = Run(folder, ["rev-parse", "--is-shallow-repository"]).OutputText.Trim() == "true";
            return GitRevisionFile.Failed(shallow
                ? $"unknown git revision '{revision}': this is a shallow clone, which holds only the latest commits; fetch the history " +
                  "(actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`, or `git fetch origin <branch>` for a branch)"
                : $"unknown git revision '{revision}'");
        }
        // Prefix of the folder within the repository (always '/'-separated, with a trailing '/'), plus the name.
        var repoPath = prefix.OutputText.Trim() + Path.GetFileName(fullPath);
        var name = $"{revision}:{repoPath}";
        // `git cat-file blob` is `git show REV:path` without any textconv or filter: the bytes as committed.
        var show = Run(folder, ["cat-file", "blob", $"{commit.OutputText.Trim()}:{repoPath}"]);
        if (show.ExitCode != 0)
        {
            var exists = Run(folder, ["cat-file", "-e", $"{commit.OutputText.Trim()}:{repoPath}"]);
            return exists.ExitCode != 0
                ? new GitRevisionFile(name, null, null, Missing: true)
                : GitRevisionFile.Failed($"cannot read {name} from git: {show.ErrorText}");
        }
        return new GitRevisionFile(name, show.Output, null, Missing: false)
        {
            Folder = new GitRevisionFolder(folder, commit.OutputText.Trim(), prefix.OutputText.Trim(), revision),
        };
    }

    /// <summary>
    /// The last commit that changed the file (<c>git log -1 -- file</c>), for <c>briefc xliff status</c>: the revision a
    /// translation was last committed at. Null when the file is not in a git repository or was never committed.
    /// </summary>
    public static string? LastCommitOf(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
            return null;
        var log = Run(folder, ["log", "-1", "--format=%H", "--", Path.GetFileName(fullPath)]);
        var commit = log.OutputText.Trim();
        return log.ExitCode == 0 && commit.Length > 0 ? commit : null;
    }

    /// <summary>
    /// The files git tracks in <paramref name="folder"/> (not below it), by full path, from one <c>git ls-files</c>: a file
    /// git does not track has no last commit, so callers can skip asking for one per file. Empty when the folder is in
    /// no repository or git cannot run.
    /// </summary>
    public static IReadOnlySet<string> TrackedFilesIn(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
            return new HashSet<string>();
        var listed = Run(full, ["ls-files", "-z", "--", "."]);
        if (listed.ExitCode != 0)
            return new HashSet<string>();
        return listed.OutputText.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(name => !name.Contains('/'))
            .Select(name => Path.Combine(full, name))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Runs git in <paramref name="workingDirectory"/>: its exit code, its output as bytes and its error text.</summary>
    internal static GitResult Run(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Plain bytes out: no pager, no colour, no conversion of line endings or text filters.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new GitResult(process.ExitCode, output.ToArray(), error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return new GitResult(-1, [], $"cannot run git: {exception.Message}");
        }
    }

    internal sealed record GitResult(int ExitCode, byte[] Output, string ErrorText)
    {
        public string OutputText => System.Text.Encoding.UTF8.GetString(Output);
    }
}

/// <summary>
/// A file read from a git revision: <see cref="Content"/> when found; <see cref="Missing"/> when the file
/// did not exist at that revision; otherwise <see cref="Error"/> says what went wrong.
/// </summary>
public sealed record GitRevisionFile(string Name, byte[]? Content, string? Error, bool Missing)
{
    /// <summary>The file's folder at that revision, where its figures are read from (set when the file was found).</summary>
    public GitRevisionFolder? Folder { get; init; }

    public static GitRevisionFile Failed(string error) => new("", null, error, Missing: false);
}
