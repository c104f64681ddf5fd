namespace BriefingCompiler.Translation;

/// <summary>Words of a unit's text as translators count them for the job: whitespace-separated runs, codes not counted (a Chinese paragraph without spaces is one).</summary>
public static class WordCount
{
    public static int Of(IEnumerable<InlinePart> parts) =>
        string.Join(' ', parts.OfType<InlineText>().Select(t => t.Text))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
