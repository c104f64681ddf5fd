namespace BriefingCompiler.Templating;

/// <summary>
/// The numbers of one document's numbered paragraphs (<c>numbered_paragraphs</c>), continuing from field to field in
/// the order the template renders them: the background's paragraphs 1 to 5, the first position's 6 and 7…
/// </summary>
public sealed class ParagraphNumbering
{
    /// <summary>How many paragraphs have been numbered so far.</summary>
    public int Count { get; private set; }

    /// <summary>The next paragraph's number.</summary>
    public int Next() => ++Count;
}
