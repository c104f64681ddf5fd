using System.Text;

namespace BriefingCompiler.Templating;

/// <summary>Escaping for HTML text and attribute values.</summary>
public static class HtmlText
{
    /// <summary>
    /// Escapes the five characters that matter in HTML text and in quoted attribute values, and nothing else:
    /// non-ASCII text stays readable in the output (WebUtility.HtmlEncode would turn é into &amp;#233;).
    /// </summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }
}
