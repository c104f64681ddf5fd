namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// The folders an operating system keeps fonts in, for <c>--system-fonts</c>: those fontconfig searches by default on
/// Linux (and the BSDs), the system, local and user font folders on macOS, the Windows and per-user font folders on
/// Windows. Only folders that exist are returned, in that order. Off by default: a build that reads system fonts gives
/// different PDFs on machines with different fonts, so briefc builds are reproducible unless a user asks for them.
/// </summary>
public static class SystemFontFolders
{
    /// <summary>The existing system font folders of this machine.</summary>
    public static IReadOnlyList<string> Find() =>
        Candidates(OperatingSystem.IsWindows(), OperatingSystem.IsMacOS(), Environment.GetEnvironmentVariable,
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile))
            .Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The folders to look in, existing or not, for the platform; <paramref name="variable"/> reads the
    /// environment (XDG_DATA_HOME, XDG_DATA_DIRS, WINDIR, LOCALAPPDATA).</summary>
    internal static IEnumerable<string> Candidates(bool windows, bool macOs, Func<string, string?> variable, string home)
    {
        if (windows)
        {
            if (variable("WINDIR") is { Length: > 0 } windir) yield return Path.Combine(windir, "Fonts");
            if (variable("LOCALAPPDATA") is { Length: > 0 } local) yield return Path.Combine(local, "Microsoft", "Windows", "Fonts");
            yield break;
        }

        if (macOs)
        {
            yield return "/System/Library/Fonts";
            yield return "/Library/Fonts";
            if (home.Length > 0) yield return Path.Combine(home, "Library", "Fonts");
            yield break;
        }

        // fontconfig's defaults: XDG data folders' fonts/, then the legacy ~/.fonts.
        var dataHome = variable("XDG_DATA_HOME") is { Length: > 0 } xdgHome ? xdgHome : home.Length > 0 ? Path.Combine(home, ".local", "share") : null;
        var dataDirs = variable("XDG_DATA_DIRS") is { Length: > 0 } xdgDirs ? xdgDirs.Split(':', StringSplitOptions.RemoveEmptyEntries) : ["/usr/local/share", "/usr/share"];
        foreach (var dir in dataDirs.Where(Path.IsPathRooted)) yield return Path.Combine(dir, "fonts");
        if (dataHome is not null && Path.IsPathRooted(dataHome)) yield return Path.Combine(dataHome, "fonts");
        if (home.Length > 0) yield return Path.Combine(home, ".fonts");
    }
}
