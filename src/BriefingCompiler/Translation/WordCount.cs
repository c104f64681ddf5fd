namespace BriefingCompiler.Translation;

/// <summary>
/// Words of a unit's text as translation jobs are counted: whitespace-separated runs that hold a letter or a digit (a
/// dash or an ampersand alone is no word), codes not counted. Text without spaces (Chinese) counts as one word per
/// run, as most CAT tools without a segmenter for it count.
/// </summary>
public static class WordCount
{
    public static int Of(IEnumerable<InlinePart> parts) =>
        string.Concat(parts.OfType<InlineText>().Select(t => t.Text))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(word => word.Any(char.IsLetterOrDigit));
}
