using System.Globalization;
using BriefingCompiler.Assets;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Diffing;

/// <summary>
/// A briefing's folder as committed at a git revision: the images of the briefing's version there, for
/// <c>briefc diff FILE --against REV</c>. Read from git's objects, never from the working tree, with the folder's rules:
/// only files inside the briefing's folder, regular files only — a symbolic link (git mode 120000) is refused wherever it
/// points, as is a submodule or a folder — and at most <see cref="ImageAsset.MaxBytes"/>, checked before the blob is read.
/// </summary>
/// <param name="workingDirectory">A folder of the repository, where git runs.</param>
/// <param name="commit">The revision's commit (full hash).</param>
/// <param name="folderInRepository">The briefing's folder from the repository's root, '/'-separated, with a trailing '/'
/// ("" at the root).</param>
/// <param name="revision">The revision as the user gave it, as messages name it.</param>
public sealed class GitRevisionFolder(string workingDirectory, string commit, string folderInRepository, string revision) : IFigureFiles
{
    private const string SymbolicLinkMode = "120000";

    public FigureFile Read(string name)
    {
        var segments = name.Split('/').Where(segment => segment != ".").ToList();
        if (segments.Count == 0 || segments.Any(segment => segment is ".." or ""))
        {
            return FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder,
                $"cannot use the image '{name}': only a relative name inside the folder is allowed, without '..'; {FigureReader.WhereToPut}");
        }

        // The entry in its parent tree, with its mode and size: what the file is, before any of its bytes are read.
        var parent = (folderInRepository + string.Join('/', segments[..^1])).TrimEnd('/');
        var tree = parent.Length == 0 ? $"{commit}^{{tree}}" : $"{commit}:{parent}";
        // --full-tree: run in a subfolder, ls-tree would otherwise list only the names under that subfolder's path.
        var listing = GitRevisionReader.Run(workingDirectory, ["ls-tree", "--full-tree", "-l", "-z", "--end-of-options", tree]);
        var entry = listing.ExitCode == 0 ? Entries(listing.OutputText).FirstOrDefault(e => e.Name == segments[^1]) : null;
        if (entry is null)
        {
            return FigureFile.Refused(DiagnosticCodes.FigureUnreadable,
                $"the image '{name}' does not exist at {revision} in {Shown(folderInRepository)}");
        }

        if (entry.Mode == SymbolicLinkMode)
        {
            return FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder,
                $"cannot use the image '{name}' at {revision}: it is a symbolic link (git mode 120000), and briefc follows no link in a revision's files; put the image itself in the briefing's folder");
        }

        if (entry.Type != "blob")
        {
            return FigureFile.Refused(DiagnosticCodes.FigureUnreadable,
                $"cannot use the image '{name}' at {revision}: it is a {(entry.Type == "tree" ? "folder" : "submodule")}, not a file");
        }

        if (!long.TryParse(entry.Size, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > ImageAsset.MaxBytes)
        {
            return FigureFile.Refused(DiagnosticCodes.FigureUnreadable, FigureReader.TooLarge(name));
        }

        var blob = GitRevisionReader.Run(workingDirectory, ["cat-file", "blob", entry.Object]);
        return blob.ExitCode == 0
            ? FigureFile.Found(blob.Output)
            : FigureFile.Refused(DiagnosticCodes.FigureUnreadable, $"cannot read the image '{name}' at {revision} from git: {blob.ErrorText}");
    }

    /// <summary>The entries of <c>git ls-tree -l -z</c>: <c>MODE TYPE OBJECT SIZE\tNAME\0</c> each.</summary>
    private static IEnumerable<TreeEntry> Entries(string listing)
    {
        foreach (var line in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
                continue;
            var fields = line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 4)
                yield return new TreeEntry(fields[0], fields[1], fields[2], fields[3], line[(tab + 1)..]);
        }
    }

    private static string Shown(string folder) => folder.Length == 0 ? "the repository's root" : folder;

    private sealed record TreeEntry(string Mode, string Type, string Object, string Size, string Name);
}
