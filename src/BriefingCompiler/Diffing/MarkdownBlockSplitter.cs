using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace BriefingCompiler.Diffing;

/// <summary>
/// Splits Markdown into its leaf blocks (paragraphs, list items, headings, code, tables) with Markdig, so a
/// Markdown field is compared block by block and only then word by word inside changed blocks.
/// </summary>
public static partial class MarkdownBlockSplitter
{
    // Immutable once built; the same dialect the templates render (CommonMark + pipe tables).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static IReadOnlyList<MarkdownBlock> Split(string markdown)
    {
        var source = markdown.ReplaceLineEndings("\n");
        var document = Markdown.Parse(source, Pipeline);
        var blocks = new List<MarkdownBlock>();
        Walk(document, source, blocks, depth: 0);
        return blocks;
    }

    private static void Walk(ContainerBlock container, string source, List<MarkdownBlock> blocks, int depth)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Table table:
                    blocks.Add(new MarkdownBlock("table", KeepLines(Slice(source, table)), depth));
                    break;
                case ListBlock list:
                    // Each item's blocks carry the item's number and whether the list is numbered, so a redline
                    // keeps "3." as "3." and a change list names the second item "item 2".
                    var first = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    var index = 0;
                    foreach (var item in list.OfType<ContainerBlock>())
                    {
                        var before = blocks.Count;
                        Walk(item, source, blocks, depth + 1);
                        for (var i = before; i < blocks.Count; i++)
                        {
                            if (blocks[i].Depth == depth + 1 && blocks[i].Item is null)
                                blocks[i] = blocks[i] with { Item = first + index, Ordered = list.IsOrdered };
                        }

                        index++;
                    }

                    break;
                case ContainerBlock inner:
                    Walk(inner, source, blocks, depth);
                    break;
                case LeafBlock leaf:
                    var kind = KindOf(leaf);
                    blocks.Add(new MarkdownBlock(kind, TextOf(leaf, kind, source), depth));
                    break;
            }
        }
    }

    private static string KindOf(LeafBlock leaf) => leaf switch
    {
        HeadingBlock => "heading",
        FencedCodeBlock or CodeBlock => "code",
        ThematicBreakBlock => "rule",
        HtmlBlock => "html",
        LinkReferenceDefinition => "link-definition",
        ParagraphBlock when HasAncestor<ListItemBlock>(leaf) => "list-item",
        ParagraphBlock when HasAncestor<QuoteBlock>(leaf) => "quote",
        _ => "paragraph",
    };

    private static string TextOf(LeafBlock leaf, string kind, string source)
    {
        var slice = Slice(source, leaf);
        switch (kind)
        {
            case "code" or "html":
                return KeepLines(slice);
            case "rule":
                return "---";
            case "heading" when leaf is HeadingBlock { IsSetext: true }:
                var lines = slice.Split('\n');
                return Fold(string.Join(' ', lines[..^1]));
            case "heading":
                return Fold(AtxClosing().Replace(AtxOpening().Replace(slice.Trim(), ""), ""));
        }
        if (HasAncestor<QuoteBlock>(leaf))
        {
            // Continuation lines of a paragraph in a block quote still carry their '>' markers.
            slice = string.Join('\n', slice.Split('\n').Select(line => QuoteMarkers().Replace(line, "")));
        }
        return Fold(slice);
    }

    private static string Slice(string source, Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, source.Length);
        var end = Math.Clamp(block.Span.End + 1, start, source.Length);
        return source[start..end];
    }

    /// <summary>Prose: whitespace runs (line breaks included) become one space, so re-wrapping is no change.</summary>
    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Code and tables: the line structure is the content; only trailing spaces are dropped.</summary>
    private static string KeepLines(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append(line.TrimEnd());
        }
        return builder.ToString();
    }

    private static bool HasAncestor<T>(Block block) where T : Block
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex AtxOpening();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex AtxClosing();

    [GeneratedRegex(@"^\s*(>\s?)+")]
    private static partial Regex QuoteMarkers();
}
