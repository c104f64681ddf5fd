using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// Decoded source text (without its byte order mark) that turns character offsets into 1-based lines and
/// columns. Columns count Unicode code points, as editors do, so a character outside the BMP is one column.
/// Line breaks are LF, CRLF or a lone CR, as in YAML.
/// </summary>
public sealed class SourceText
{
    /// <summary>Characters between two low-surrogate checkpoints: a column lookup scans at most this many.</summary>
    private const int CheckpointInterval = 1024;

    private readonly int[] lineStarts;

    /// <summary>
    /// The number of low surrogates before every <see cref="CheckpointInterval"/>-th character. Counting a column
    /// from the line start would make a file of one long line (a flow list of half a million items) take time
    /// quadratic in its length: every node's place would walk the whole line.
    /// </summary>
    private readonly int[] lowSurrogateCheckpoints;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = FindLineStarts(text);
        lowSurrogateCheckpoints = CountLowSurrogates(text);
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

        var start = lineStarts[line];
        // A character outside the BMP is two UTF-16 units but one column: its low surrogate does not count.
        var column = index - start - (LowSurrogatesBefore(index) - LowSurrogatesBefore(start)) + 1;
        return (line + 1, column);
    }

    private int LowSurrogatesBefore(int index)
    {
        var checkpoint = index / CheckpointInterval;
        var count = lowSurrogateCheckpoints[checkpoint];
        for (var i = checkpoint * CheckpointInterval; i < index; i++)
        {
            if (char.IsLowSurrogate(Text[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static int[] CountLowSurrogates(string text)
    {
        var checkpoints = new int[text.Length / CheckpointInterval + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i % CheckpointInterval == 0)
            {
                checkpoints[i / CheckpointInterval] = count;
            }

            if (char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        if (text.Length % CheckpointInterval == 0)
        {
            checkpoints[^1] = count;
        }

        return checkpoints;
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
