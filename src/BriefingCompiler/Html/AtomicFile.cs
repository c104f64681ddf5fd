using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BriefingCompiler.Html;

/// <summary>
/// Writes an output file so that readers see either the old file or the whole new one, never a half-written
/// file: the text goes to a temporary file in the same folder (so the final move stays on one file system)
/// and is then moved over the target.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8WithoutBom.GetBytes(text));

    /// <summary>
    /// Deletes the temporary files that writers in <paramref name="folder"/> left behind when they were killed
    /// (<c>.NAME.PID.tmp</c> of a process that no longer runs). Those of running processes are theirs to finish.
    /// </summary>
    public static void RemoveAbandonedTemporaries(string folder)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var name = Path.GetFileName(path);
            var pidEnd = name.Length - ".tmp".Length;
            var pidStart = name.LastIndexOf('.', pidEnd - 1) + 1;
            if (pidStart <= 1 || !int.TryParse(name.AsSpan(pidStart, pidEnd - pidStart), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || IsRunning(pid))
                continue;
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build may be cleaning up the same file; what is left is harmless and hidden.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    public static void WriteAllBytes(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder", nameof(path));
        Directory.CreateDirectory(folder);
        // Unique per process, so two builds writing the same output do not share a temporary file.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
