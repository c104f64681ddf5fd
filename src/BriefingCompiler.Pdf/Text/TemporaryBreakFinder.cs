namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// TEMPORARY stand-in for <c>LineBreaker.FindBreaks</c> (UAX #14), which another change brings; delete this
/// file when it lands. Breaks after spaces, between CJK characters (never before closing punctuation such as
/// 。，」 nor after opening punctuation such as 「（), and always at line feeds and at the end of the text.
/// </summary>
internal static class TemporaryBreakFinder
{
    private const string ClosingPunctuation = "。，、；：？！）」』】〉》〕〗〙〛｝］｠｣’”%％,.;:!?)]}…‥ー・ゝゞ々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string OpeningPunctuation = "（「『【〈《〔〖〘〚｛［｟｢‘“([{";

    public static IReadOnlyList<LineBreakOpportunity> FindBreaks(string text)
    {
        var breaks = new List<LineBreakOpportunity>();
        for (var i = 1; i < text.Length; i++)
        {
            var before = text[i - 1];
            var after = text[i];
            if (before == '\r' && after == '\n') continue;
            if (IsMandatory(before)) breaks.Add(new LineBreakOpportunity(i, true));
            else if ((before == ' ' || before == '\u200B') && after != ' ' && !IsClosing(after)) breaks.Add(new LineBreakOpportunity(i, false));
            else if ((IsCjk(before) || IsCjk(after)) && after != ' ' && before != ' ' && !IsClosing(after) && !IsOpening(before)
                     && !char.IsLowSurrogate(after))
                breaks.Add(new LineBreakOpportunity(i, false));
        }

        breaks.Add(new LineBreakOpportunity(text.Length, true));
        return breaks;
    }

    private static bool IsMandatory(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsClosing(char c) => ClosingPunctuation.Contains(c);

    private static bool IsOpening(char c) => OpeningPunctuation.Contains(c);

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\uAC00' and <= '\uD7AF';
}
