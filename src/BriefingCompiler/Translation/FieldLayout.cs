using System.Text;

namespace BriefingCompiler.Translation;

/// <summary>
/// A field's text seen as structure and slots: everything outside the slots (list bullets, headings' <c>#</c>, blank
/// lines, code blocks, table rules, audience block markers <c>::: members</c>) is kept from the source as it is; each
/// slot is filled with a translation. Filling every slot with its own source content gives the text back unchanged.
/// </summary>
public sealed record FieldLayout(string Text, IReadOnlyList<FieldSlot> Slots)
{
    /// <summary>The field's text with slot <c>i</c> holding <paramref name="contents"/>[i] (Markdown, lines separated by \n).</summary>
    public string Fill(IReadOnlyList<string> contents)
    {
        if (contents.Count != Slots.Count)
            throw new ArgumentException($"{Slots.Count} contents expected, {contents.Count} given", nameof(contents));
        var text = new StringBuilder(Text.Length);
        var position = 0;
        for (var i = 0; i < Slots.Count; i++)
        {
            var slot = Slots[i];
            text.Append(Text, position, slot.Start - position);
            var content = contents[i].ReplaceLineEndings("\n");
            text.Append(slot.SingleLine ? content.Replace('\n', ' ') : content.Replace("\n", "\n" + slot.ContinuationPrefix, StringComparison.Ordinal));
            position = slot.End;
        }
        text.Append(Text, position, Text.Length - position);
        return text.ToString();
    }

    /// <summary>The Markdown of a slot's parts: text as written, each code as its markup.</summary>
    public static string MarkdownOf(IEnumerable<InlinePart> parts) =>
        string.Concat(parts.Select(part => part switch
        {
            InlineText text => text.Text,
            InlineCode code => code.Markup,
            _ => "",
        }));
}
