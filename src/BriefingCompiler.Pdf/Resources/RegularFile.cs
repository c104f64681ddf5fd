using System.Runtime.InteropServices;

namespace BriefingCompiler.Pdf.Resources;

/// <summary>
/// Reads files that must be ordinary files — briefings, manifests, fonts, templates — without ever blocking on a
/// named pipe or reading a device without end: what is not a regular file is named for what it is ("a named pipe
/// (FIFO)", "a character device", "a folder") instead of being opened, and what is larger than its limit is refused
/// by its length before it is read.
/// </summary>
public static partial class RegularFile
{
    // File type bits of st_mode (the same on Linux and macOS).
    private const uint TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, Folder = 0x4000, BlockDevice = 0x6000, Regular = 0x8000, Socket = 0xC000;

    /// <summary>
    /// What <paramref name="path"/> is when it is not a regular file (symbolic links followed): "missing", "a
    /// symbolic link to a missing file", "a folder", "a named pipe (FIFO)", "a character device", "a block device",
    /// "a socket"; null for a regular file.
    /// </summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
            return "a folder";
        var info = new FileInfo(path);
        if (!info.Exists)
            return "missing";
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            return "a symbolic link to a missing file";
        // .NET reports pipes and devices as "Normal" files of length 0, so only an empty one needs a closer look.
        return info.Length > 0 ? null : UnixTypeProblem(path);
    }

    /// <summary>
    /// The whole file, which must be a regular file of at most <paramref name="maxBytes"/> bytes; otherwise an
    /// <see cref="IOException"/> whose message says what is wrong ("… is a named pipe (FIFO), not a regular file").
    /// </summary>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        if (Problem(path) is { } problem)
            throw new IOException($"{Path.GetFileName(path)} is {problem}, not a regular file");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.Length > maxBytes)
            throw new FileTooLargeException(path, stream.Length, maxBytes);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string? UnixTypeProblem(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var mode = LinuxMode(path);
        return (mode & TypeMask) switch
        {
            0 or Regular => null,
            Fifo => "a named pipe (FIFO)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            Folder => "a folder",
            _ => "not a regular file",
        };
    }

    /// <summary>st_mode of stat(2) on Linux (0 when it cannot be had): its offset in struct stat differs by architecture.</summary>
    private static uint LinuxMode(string path)
    {
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 or Architecture.RiscV64 or Architecture.LoongArch64 => 16,
            _ => -1,
        };
        if (offset < 0)
            return 0;
        var buffer = new byte[256];
        try
        {
            return Stat(path, buffer) == 0 ? BitConverter.ToUInt32(buffer, offset) : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // glibc before 2.33 has no `stat` symbol: then only the size check above protects.
            return 0;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
