namespace BriefingCompiler.Diagnostics;

/// <summary>
/// A place in a source file: 1-based line and column (columns count Unicode code points, as editors do),
/// plus the end of the range when it is known.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public SourceSpan(string file, int line, int column) : this(file, line, column, line, column) { }

    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}
