using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// Decoded source text (without its byte order mark) that turns character offsets into 1-based lines and
/// columns. Columns count Unicode code points, as editors do, so a character outside the BMP is one column.
/// Line breaks are LF, CRLF or a lone CR, as in YAML.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>Offsets of low surrogates (second halves of characters outside the BMP), in order.</summary>
    private readonly int[] lowSurrogates;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = FindLineStarts(text);
        lowSurrogates = FindLowSurrogates(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    /// <summary>The 1-based line and column of the character at <paramref name="index"/>.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        index = Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        // Binary searches, not a walk along the line: a 5 MiB file may be a single line with 100,000 nodes.
        var start = lineStarts[line];
        var surrogates = CountBefore(lowSurrogates, index) - CountBefore(lowSurrogates, start);
        return (line + 1, index - start - surrogates + 1);
    }

    public SourceSpan SpanOf(int startIndex, int endIndex)
    {
        var (line, column) = PositionOf(startIndex);
        var (endLine, endColumn) = PositionOf(Math.Max(startIndex, endIndex));
        return new SourceSpan(Path, line, column, endLine, endColumn);
    }

    public SourceSpan SpanAt(int index) => SpanOf(index, index);

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string LineText(int line)
    {
        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    /// <summary>The character offset where a 1-based line starts.</summary>
    public int LineStart(int line) => lineStarts[line - 1];

    /// <summary>How many of the sorted <paramref name="offsets"/> are below <paramref name="index"/>.</summary>
    private static int CountBefore(int[] offsets, int index)
    {
        var found = Array.BinarySearch(offsets, index);
        return found >= 0 ? found : ~found;
    }

    private static int[] FindLowSurrogates(string text)
    {
        var offsets = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                offsets.Add(i);
            }
        }

        return [.. offsets];
    }

    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
