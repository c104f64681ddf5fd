using System.Diagnostics;

namespace Briefc;

/// <summary>Opens a file or address with the desktop's handler: xdg-open on Linux, open on macOS, the shell on Windows.</summary>
public static class DesktopOpener
{
    public static void Open(string target)
    {
        var (program, arguments) = OperatingSystem.IsWindows()
            ? ("cmd", new[] { "/c", "start", "", target })
            : OperatingSystem.IsMacOS() ? ("open", new[] { target }) : ("xdg-open", new[] { target });
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
    }
}
