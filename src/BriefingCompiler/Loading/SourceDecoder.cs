using System.Globalization;
using System.Text;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// Turns a file's bytes into text, refusing what is not clean UTF-8. A plain decoder would silently accept
/// UTF-16 or replace bad bytes, and YamlDotNet reports a NUL byte as "expected key" somewhere else entirely,
/// so the bytes are checked here first and every problem is reported where it really is.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Stop listing encoding problems after this many: the file needs re-saving anyway.</summary>
    private const int MaxReported = 20;

    /// <returns>The text, or null when the bytes are refused; the diagnostics: why, or warnings about the text.</returns>
    public static (SourceText? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var wideEncoding = DetectWideEncoding(bytes);
        if (wideEncoding is not null)
        {
            return (null, [new Diagnostic(Severity.Error, DiagnosticCodes.NotUtf8,
                $"the file is {wideEncoding}; briefings must be saved as UTF-8", SourceSpan.StartOf(path))]);
        }

        var body = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var diagnostics = FindEncodingProblems(path, body);
        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics.Where(d => d.IsError).ToList());
        }

        return (new SourceText(path, Encoding.UTF8.GetString(body)), diagnostics);
    }

    /// <summary>Names UTF-16 or UTF-32 content, with or without a byte order mark; null for anything else.</summary>
    private static string? DetectWideEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (it starts with a UTF-32 byte order mark)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 little-endian (it starts with the byte order mark FF FE)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 big-endian (it starts with the byte order mark FE FF)";
        }

        // Without a byte order mark, UTF-16 text in a Latin script shows as zero bytes at every other position.
        var sample = bytes[..(Math.Min(bytes.Length, 64) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int zerosEven = 0, zerosOdd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0) zerosEven++; else zerosOdd++;
            }
        }

        var pairs = sample.Length / 2;
        if (zerosOdd * 2 >= pairs && zerosEven == 0)
        {
            return "UTF-16 little-endian (without a byte order mark)";
        }

        if (zerosEven * 2 >= pairs && zerosOdd == 0)
        {
            return "UTF-16 big-endian (without a byte order mark)";
        }

        return null;
    }

    /// <summary>
    /// Invalid UTF-8 sequences, NUL bytes and control characters YAML does not allow, with their places (errors);
    /// bidirectional overrides (warnings).
    /// </summary>
    private static List<Diagnostic> FindEncodingProblems(string path, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        int line = 1, column = 1, i = 0;
        while (i < bytes.Length && diagnostics.Count < MaxReported)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out var length);
            if (status != System.Buffers.OperationStatus.Done)
            {
                // One report per maximal invalid subsequence (a truncated character is one problem, not three).
                var shown = string.Join(" ", bytes.Slice(i, length).ToArray().Select(b => $"0x{b:X2}"));
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidUtf8,
                    $"invalid UTF-8 ({shown}); save the file as UTF-8 (it looks like another encoding, such as Latin-1)",
                    new SourceSpan(path, line, column)));
                i += length;
                column++;
                continue;
            }

            var codePoint = rune.Value;

            if (codePoint == 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NulByte,
                    "NUL byte (U+0000): a briefing is text and cannot contain NUL bytes (is this a binary or UTF-16 file?)",
                    new SourceSpan(path, line, column)));
            }
            else if (IsForbiddenControl(codePoint))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ControlCharacter,
                    $"control character U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)} is not allowed in YAML; remove it",
                    new SourceSpan(path, line, column)));
            }
            else if (IsBidiOverride(codePoint))
            {
                diagnostics.Add(BidiOverrideWarning(codePoint, new SourceSpan(path, line, column)));
            }

            if (codePoint == '\n' || (codePoint == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (codePoint != '\r')
            {
                column++;
            }

            i += length;
        }

        return diagnostics;
    }

    /// <summary>
    /// U+202D LEFT-TO-RIGHT OVERRIDE and U+202E RIGHT-TO-LEFT OVERRIDE force the characters after them into one
    /// direction, so the page shows them in another order than the file stores them: what a reviewer reads in the
    /// YAML (or its diff) is not what the HTML and PDF say ("Trojan Source"). Right-to-left text needs neither:
    /// the bidirectional algorithm orders Arabic by itself.
    /// </summary>
    internal static bool IsBidiOverride(int codePoint) => codePoint is 0x202D or 0x202E;

    internal static Diagnostic BidiOverrideWarning(int codePoint, SourceSpan span) =>
        new(Severity.Warning, DiagnosticCodes.BidiOverride,
            $"U+{codePoint:X4} {(codePoint == 0x202E ? "RIGHT-TO-LEFT" : "LEFT-TO-RIGHT")} OVERRIDE makes the text after it display in another " +
            "order than the file holds it, so the HTML and PDF would read differently from the YAML; remove it " +
            "(right-to-left text needs no control characters)", span);

    /// <summary>YAML allows tab, LF and CR among the C0 controls, and NEL among the C1 controls.</summary>
    internal static bool IsForbiddenControl(int codePoint) =>
        (codePoint < 0x20 && codePoint is not ('\t' or '\n' or '\r'))
        || codePoint == 0x7F
        || (codePoint is >= 0x80 and <= 0x9F && codePoint != 0x85)
        || codePoint is 0xFFFE or 0xFFFF;
}
