using System.Text;

namespace BriefingCompiler.Templating;

/// <summary>
/// The Markdown footnotes of one document, numbered in the order of their first call through all its Markdown
/// fields (a briefing's background and positions share one sequence). Each note keeps its HTML for the notes
/// list (<see cref="ListHtml"/>) the document ends with.
/// </summary>
public sealed class DocumentFootnotes
{
    private readonly List<string> notes = [];
    private int listed;

    public int Count => notes.Count;

    /// <summary>The next note's number; its HTML follows through <see cref="Fill"/>.</summary>
    public int Reserve()
    {
        notes.Add(string.Empty);
        return notes.Count;
    }

    public void Fill(int number, string html) => notes[number - 1] = html;

    /// <summary>
    /// The notes not listed yet as a numbered list with a link back to each call, or "" when there are none: on screen
    /// the document's notes; in print the notes are at the foot of their pages (the template's CSS hides the list).
    /// </summary>
    public string ListHtml()
    {
        if (listed == notes.Count)
            return string.Empty;

        var html = new StringBuilder();
        html.Append("<section class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol start=\"").Append(listed + 1).Append("\">\n");
        for (var i = listed; i < notes.Count; i++)
        {
            var number = i + 1;
            html.Append("<li id=\"fn-").Append(number).Append("\">").Append(notes[i])
                .Append(" <a href=\"#fnref-").Append(number).Append("\" class=\"footnote-back-ref\" role=\"doc-backlink\">\u21A9\uFE0E</a></li>\n");
        }

        listed = notes.Count;
        return html.Append("</ol>\n</section>\n").ToString();
    }
}
