using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A relatively positioned inline element as the containing block of the absolutely positioned boxes inside it (CSS 2.1
/// §10.1 item 4: the padding boxes of its first and last inline boxes; CSS 2 §10.1 4.1 and 4.2 for one split across lines).
/// Positions use <see cref="LayoutProbe"/>'s page: 10 pt margins, 12 pt text with a 15 pt line, every character 6 pt wide,
/// ascent 9.6 pt and descent 2.4 pt — so a line's content area (and an inline's, without padding) runs from 1.5 pt to
/// 13.5 pt below the line's top. Divs, not paragraphs: the first line's top is the page margin, 10 pt.
/// </summary>
public class InlineContainingBlockTests
{
    private const float ContentTop = 10 + 1.5f;

    private static SKRect Box(LayoutProbe probe, string id) => probe.Find(id).Rect;

    private static void AssertRect(SKRect actual, float left, float top, float width, float height, string what) =>
        Assert.Multiple(() =>
        {
            Assert.That(actual.Left, Is.EqualTo(left).Within(0.01), what + ": left");
            Assert.That(actual.Top, Is.EqualTo(top).Within(0.01), what + ": top");
            Assert.That(actual.Width, Is.EqualTo(width).Within(0.01), what + ": width");
            Assert.That(actual.Height, Is.EqualTo(height).Within(0.01), what + ": height");
        });

    [Test]
    public void Offsets_count_from_the_padding_box_of_a_relatively_positioned_inline_on_one_line()
    {
        // "ab" (12 pt), then the span: a 1 pt left border and 3 pt padding at x = 22–26, "cdef" at 26–50, 3 pt padding to 53;
        // 2 pt padding above and below its content area. Padding box: x 23–53, y 9.5–25.5.
        var probe = LayoutProbe.OfBody("""
            <div>ab<span style="position: relative; padding: 2pt 3pt; border-left: 1pt solid black">cdef<b id="m"
            style="position: absolute; left: 2pt; top: -4pt; width: 5pt; height: 5pt"></b></span>gh</div>
            """);

        AssertRect(Box(probe, "m"), 25, 5.5f, 5, 5, "2 pt right of the padding box's left, 4 pt above its top");
    }

    [Test]
    public void Percentages_resolve_against_the_inline_padding_box()
    {
        // The same padding box, 30 × 16 pt.
        var probe = LayoutProbe.OfBody("""
            <div>ab<span style="position: relative; padding: 2pt 3pt; border-left: 1pt solid black">cdef<b id="m"
            style="position: absolute; left: 50%; top: 50%; width: 20%; height: 25%"></b></span>gh</div>
            """);

        AssertRect(Box(probe, "m"), 23 + 15, 9.5f + 8, 6, 4, "half its width and height in, a fifth as wide, a quarter as tall");
    }

    [Test]
    public void The_inline_relative_offset_moves_its_absolute_boxes_and_their_static_positions()
    {
        // Without the offset the span's box is at x 22–46 and its content top at 11.5; "cd" ends at x = 34.
        var probe = LayoutProbe.OfBody("""
            <div>ab<span style="position: relative; left: 5pt; top: 3pt">cd<i id="static"
            style="position: absolute; width: 2pt; height: 2pt"></i>ef<b id="m"
            style="position: absolute; left: 0; top: 0; width: 2pt; height: 2pt"></b></span>gh</div>
            """);

        Assert.Multiple(() =>
        {
            AssertRect(Box(probe, "m"), 22 + 5, ContentTop + 3, 2, 2, "at the moved padding box's corner");
            AssertRect(Box(probe, "static"), 34 + 5, 10 + 3, 2, 2, "at its static position (after cd, the line's top), moved with the span");
        });
    }

    // Left to right, 60 pt wide: "aa bbbb" on the first line (the span's first box from x = 28), "cccc dddd" on the second
    // (x 10–64). CSS 2 §10.1 4.1: top and left of the first box, bottom and right of the last: x 28–64.
    [TestCase("ltr", "aa", "bbbb cccc dddd", 28, 36)]
    // Right to left: "dd cccc" on the first line, set at its right end (x 28–70: the span's first box is "cccc", 46–70),
    // then "bbbb aaaa" (x 16–70, the span's last box). CSS 2 §10.1 4.2: top and right of the first box, bottom and left
    // of the last: x 16–70.
    [TestCase("rtl", "dd", "cccc bbbb aaaa", 16, 54)]
    public void An_inline_split_across_lines_joins_its_first_and_last_boxes_in_its_direction(string direction, string before, string inside, float left, float width)
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="width: 60pt; direction: {direction}">{before} <span style="position: relative">{inside}<b id="m"
            style="position: absolute; left: 0; right: 0; top: 0; bottom: 0"></b></span></div>
            """);

        // From the first line's content top (11.5) to the second's content bottom (25 + 13.5).
        AssertRect(Box(probe, "m"), left, ContentTop, width, 25 + 13.5f - ContentTop, "the first box's top and start, the last box's bottom and end");
    }

    [Test]
    public void A_relative_inline_inside_a_relative_block_is_the_nearer_containing_block()
    {
        // The block's padding box starts at (10, 10), its content at (20, 20); the span starts after "xx", at x = 32.
        var probe = LayoutProbe.OfBody("""
            <div style="position: relative; padding: 10pt">xx<span style="position: relative">yy<b id="m"
            style="position: absolute; left: 0; top: 0; width: 2pt; height: 2pt"></b></span><i id="block"
            style="position: absolute; left: 0; top: 0; width: 2pt; height: 2pt"></i></div>
            """);

        Assert.Multiple(() =>
        {
            AssertRect(Box(probe, "m"), 32, 20 + 1.5f, 2, 2, "in the span's padding box");
            AssertRect(Box(probe, "block"), 10, 10, 2, 2, "after the span: in the block's padding box");
        });
    }

    [Test]
    public void An_absolute_box_before_any_text_of_its_paragraph_is_still_in_the_inline()
    {
        // Nothing before it in the paragraph, which would make it block-level (its static position between blocks);
        // inside the span it stays in the line. The span's content area starts at (20, 21.5), inside the block's 10 pt padding.
        var probe = LayoutProbe.OfBody("""
            <div style="position: relative; padding: 10pt"><span style="position: relative; left: 4pt"><b id="m"
            style="position: absolute; left: 0; top: 0; width: 2pt; height: 2pt"></b><i id="static"
            style="position: absolute; width: 2pt; height: 2pt"></i>word</span></div>
            """);

        Assert.Multiple(() =>
        {
            AssertRect(Box(probe, "m"), 20 + 4, 20 + 1.5f, 2, 2, "at the moved span's padding box, not the block's (10, 10)");
            AssertRect(Box(probe, "static"), 20 + 4, 20, 2, 2, "at the line's start and top, moved with the span");
        });
    }

    [Test]
    public void Nested_relative_inlines_each_contain_their_own_absolute_boxes()
    {
        // "x", then the outer span from x = 16 ("ab", the inner span "cd" from x = 28, "ef").
        var probe = LayoutProbe.OfBody("""
            <div>x<span style="position: relative">ab<span style="position: relative">cd<b id="inner"
            style="position: absolute; left: 0; top: 0; width: 2pt; height: 2pt"></b></span>ef<b id="outer"
            style="position: absolute; right: 0; top: 0; width: 2pt; height: 2pt"></b></span>gh</div>
            """);

        Assert.Multiple(() =>
        {
            AssertRect(Box(probe, "inner"), 28, ContentTop, 2, 2, "at the inner span's start");
            AssertRect(Box(probe, "outer"), 16 + 36 - 2, ContentTop, 2, 2, "at the outer span's end, the inner span's text inside it");
        });
    }
}
