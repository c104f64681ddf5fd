using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
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
    /// (<c>.NAME.PID-RANDOM.tmp</c>, or <c>.NAME.PID.tmp</c> of older versions, of a process that no longer runs).
    /// Those of running processes are theirs to finish. Deleting a name removes a symbolic link, never its target.
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
            var random = name.IndexOf('-', pidStart, pidEnd - pidStart);
            if (random >= 0)
                pidEnd = random;
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

    public static void WriteAllBytes(string path, byte[] content) => WriteAllBytes(path, new ReadOnlySequence<byte>(content));

    /// <summary>
    /// Writes <paramref name="content"/>'s pieces in order, each from where it is (a large image shared by many files is not
    /// copied into an array of each file first), and gives every byte written to <paramref name="hash"/> as it goes, in
    /// slices small enough to still be in the processor's cache when hashed: the caller has the file's hash without reading
    /// its bytes a second time.
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySequence<byte> content, IncrementalHash? hash = null)
    {
        const int slice = 256 * 1024;
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder", nameof(path));
        Directory.CreateDirectory(folder);
        var (temporary, stream) = CreateTemporary(folder, Path.GetFileName(full));
        try
        {
            using (stream)
            {
                foreach (var piece in content)
                {
                    for (var at = 0; at < piece.Length; at += slice)
                    {
                        var part = piece.Span.Slice(at, Math.Min(slice, piece.Length - at));
                        stream.Write(part);
                        hash?.AppendData(part);
                    }
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Creates and removes one temporary file in <paramref name="folder"/>: throws what writing there would throw.</summary>
    public static void ProbeWritable(string folder)
    {
        var (temporary, stream) = CreateTemporary(folder, "briefc-write-test");
        stream.Dispose();
        File.Delete(temporary);
    }

    /// <summary>
    /// A new temporary file beside the target, <c>.NAME.PID-RANDOM.tmp</c>, created exclusively (O_CREAT|O_EXCL):
    /// a file or symbolic link already there under that name is never opened, so a link planted in the output
    /// folder cannot redirect the write to a file outside it. The PID lets a later build tell an abandoned
    /// temporary from one still being written; the random part makes the name unguessable in advance.
    /// </summary>
    private static (string Path, FileStream Stream) CreateTemporary(string folder, string name)
    {
        for (var attempt = 0; ; attempt++)
        {
            var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
            try
            {
                // A 64 KiB buffer: a PDF comes in many small pieces (object headers) between its large ones.
                return (temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024));
            }
            catch (IOException) when (attempt < 8 && Path.Exists(temporary))
            {
                // Taken (planted, or an astronomically unlikely collision): another name; never this one.
            }
        }
    }
}
