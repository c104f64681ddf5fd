using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

public class MarkdownBlockSplitterTests
{
    [Test]
    public void Paragraphs_list_items_headings_and_code_are_separate_blocks_without_their_markers()
    {
        var blocks = MarkdownBlockSplitter.Split("""
            ## Heading ##

            First paragraph
            wrapped over two lines.

            - **Item one**: text
            - Item two
              1. nested

            > quoted
            > text

            ```
            code  line
            ```
            """);
        Assert.That(blocks.Select(b => (b.Kind, b.Text, b.Depth)), Is.EqualTo(new[]
        {
            ("heading", "Heading", 0),
            ("paragraph", "First paragraph wrapped over two lines.", 0),
            ("list-item", "**Item one**: text", 1),
            ("list-item", "Item two", 1),
            ("list-item", "nested", 2),
            ("quote", "quoted text", 0),
            ("code", "```\ncode  line\n```", 0),
        }));
    }

    [Test]
    public void List_items_carry_their_number_and_whether_the_list_is_numbered()
    {
        var blocks = MarkdownBlockSplitter.Split("Intro.\n\n- a\n- b\n  1. nested\n\n7. seven\n8. eight\n");

        Assert.That(blocks.Select(b => (b.Text, b.Item, b.Ordered)), Is.EqualTo(new (string, int?, bool)[]
        {
            ("Intro.", null, false), ("a", 1, false), ("b", 2, false), ("nested", 1, true), ("seven", 7, true), ("eight", 8, true),
        }));
        Assert.That(MarkdownBlockSplitter.Split("1. a\n")[0].Key, Is.Not.EqualTo(MarkdownBlockSplitter.Split("- a\n")[0].Key),
            "numbered and bulleted render differently");
    }

    [Test]
    public void Rewrapping_a_paragraph_gives_the_same_blocks()
    {
        var a = MarkdownBlockSplitter.Split("One two\nthree four.\n\n- a\n  b\n");
        var b = MarkdownBlockSplitter.Split("One two three four.\n\n\n* a b");
        Assert.That(a.Select(x => x.Key), Is.EqualTo(b.Select(x => x.Key)));
    }

    [Test]
    public void A_pipe_table_is_one_block_that_keeps_its_rows()
    {
        var blocks = MarkdownBlockSplitter.Split("| a | b |\n|---|---|\n| 1 | 2 |\n");
        Assert.That(blocks, Has.Count.EqualTo(1));
        Assert.That(blocks[0].Kind, Is.EqualTo("table"));
        Assert.That(blocks[0].Text.Split('\n'), Has.Length.EqualTo(3));
    }
}
