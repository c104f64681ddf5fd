using System.Text;
using BriefingCompiler.Diagnostics;

namespace Briefc.Reporting;

/// <summary>
/// One diagnostic as text for a person: the MSBuild-style line (<c>path(line,col): error CODE: message</c>, which IDEs
/// and CI parse), then, when the diagnostic quotes its source, the lines with a caret under the place:
/// <code>
///     3 | title: Budget: first reading
///       |              ^
/// </code>
/// Coloured when <paramref name="color"/> says so (ANSI: errors red, warnings yellow). Everything quoted from the
/// source goes through <see cref="TerminalText"/>; a tab is shown as → so the caret stays under its column.
/// </summary>
public sealed class DiagnosticWriter(TextWriter writer, bool color)
{
    private const string Reset = "\u001b[0m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Blue = "\u001b[34m";

    public void Write(Diagnostic diagnostic)
    {
        var severity = diagnostic.IsError ? "error" : "warning";
        var tint = diagnostic.IsError ? Red : Yellow;
        var span = diagnostic.Span;
        writer.WriteLine(TerminalText.Escape($"{span.File}({span.Line},{span.Column}): ") + Paint(tint, severity) +
                         TerminalText.Escape($" {diagnostic.Code}: {diagnostic.Message}"));
        if (diagnostic.Excerpt is not { } excerpt)
            return;

        var width = excerpt.Lines.Max(l => l.Number).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var previous = 0;
        foreach (var (number, text) in excerpt.Lines)
        {
            // Lines left out between the cause and the problem.
            if (previous > 0 && number > previous + 1)
                writer.WriteLine(Paint(Blue, new string(' ', width + 1) + " ..."));
            previous = number;
            writer.WriteLine(Paint(Blue, $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width + 1)} | ") + Shown(text));
            if (number == excerpt.CaretLine)
                writer.WriteLine(Paint(Blue, new string(' ', width + 1) + " | ") + CaretPad(text, excerpt.CaretColumn) + Paint(tint, "^"));
        }
    }

    private string Paint(string tint, string text) => color ? tint + text + Reset : text;

    private static string Shown(string line) => TerminalText.Escape(line.Replace('\t', '→'));

    /// <summary>Spaces up to the caret's column, counting code points as the column does.</summary>
    private static string CaretPad(string line, int column)
    {
        var pad = new StringBuilder();
        var enumerator = line.EnumerateRunes();
        var count = 0;
        foreach (var rune in enumerator)
        {
            if (++count >= column)
                break;
            // Wide characters (CJK) take two cells on a terminal.
            pad.Append(IsWide(rune) ? "  " : " ");
        }

        return pad.Append(' ', Math.Max(0, column - 1 - count)).ToString();
    }

    private static bool IsWide(Rune rune) =>
        rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
