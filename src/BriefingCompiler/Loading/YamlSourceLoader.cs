using BriefingCompiler.Diagnostics;
using BriefingCompiler.Pdf.Resources;

namespace BriefingCompiler.Loading;

/// <summary>
/// Reads a briefing file into a <see cref="SourceNode"/> tree: size limit, encoding checks, then YAML.
/// </summary>
public static class YamlSourceLoader
{
    public static SourceLoadResult LoadFile(string path) => LoadFile(path, path);

    /// <summary>Reads the file at <paramref name="path"/>, naming it <paramref name="displayPath"/> in diagnostics.</summary>
    public static SourceLoadResult LoadFile(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            // Not a regular file (a named pipe would block, a device never end): named for what it is, never opened.
            bytes = RegularFile.ReadAllBytes(path, SourceLimits.MaxFileBytes);
        }
        catch (FileTooLargeException tooLarge)
        {
            return Refused(displayPath, DiagnosticCodes.FileTooLarge,
                $"the file is {tooLarge.Length:N0} bytes; briefings are limited to {SourceLimits.MaxFileBytes / (1024 * 1024)} MiB");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Refused(displayPath, DiagnosticCodes.FileUnreadable, $"cannot read the file: {exception.Message}");
        }

        return Load(displayPath, bytes);
    }

    /// <summary>Loads bytes that claim to come from <paramref name="path"/> (used in diagnostics only).</summary>
    public static SourceLoadResult Load(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > SourceLimits.MaxFileBytes)
        {
            return Refused(path, DiagnosticCodes.FileTooLarge,
                $"the file is {bytes.Length:N0} bytes; briefings are limited to {SourceLimits.MaxFileBytes / (1024 * 1024)} MiB");
        }

        var (text, diagnostics) = SourceDecoder.Decode(path, bytes);
        if (text is null)
            return new SourceLoadResult(path, null, diagnostics);
        var read = YamlTreeReader.Read(text) with { Text = text };
        return diagnostics.Count == 0 ? read : read with { Diagnostics = [.. diagnostics, .. read.Diagnostics] };
    }

    private static SourceLoadResult Refused(string path, string code, string message) =>
        new(path, null, [new Diagnostic(Severity.Error, code, message, SourceSpan.StartOf(path))]);
}
