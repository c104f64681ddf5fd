using AngleSharp.Css;
using AngleSharp.Dom;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>Browsers size the generic monospace family at 13px where the others get 16px; the W3C table tests count on it.</summary>
public class MonospaceFontSizeTests
{
    /// <summary>The font size (in points) of element <paramref name="id"/>, through the cascade the box tree uses.</summary>
    private static float FontSizeOf(string body, string id) => StyleOf(body, id).FontSize;

    private static ComputedStyle StyleOf(string body, string id)
    {
        var log = new MessageLog();
        var styled = DocumentStyler.Load($"<!DOCTYPE html><html><head></head><body{body}</body></html>", log);
        var css = new ComputedDeclarations(styled.Document.DefaultView!.GetStyleCollection(styled.Device));
        var resolver = new StyleResolver(log);
        var chain = new List<IElement>();
        for (var element = styled.Document.GetElementById(id); element is not null; element = element.ParentElement)
        {
            chain.Insert(0, element);
        }

        var style = new ComputedStyle { Display = Display.Block };
        foreach (var element in chain)
        {
            style = resolver.Resolve(css.For(element), style, element.LocalName);
        }

        return style;
    }

    [TestCase("><code id=\"x\">c</code>", 13)]
    [TestCase(" style=\"font-family: monospace\"><div id=\"x\" style=\"font-size: 2em\">c</div>", 26)]
    [TestCase(" style=\"font-family: monospace\"><div style=\"font-size: 2em\"><i id=\"x\">c</i></div>", 26)]
    [TestCase(" style=\"font-family: monospace\"><small id=\"x\">c</small>", 13 * 0.83f)]
    [TestCase(" style=\"font-family: monospace\"><span id=\"x\" style=\"font-family: serif\">c</span>", 16)]
    [TestCase("><p id=\"x\">c</p>", 16)]
    public void The_generic_monospace_family_alone_is_sized_from_13px(string body, float pixels)
    {
        Assert.That(FontSizeOf(body, "x"), Is.EqualTo(pixels * 0.75f).Within(0.01));
    }

    [TestCase("><div style=\"font-size: 20px\"><code id=\"x\">c</code></div>", 20)]
    [TestCase("><code id=\"x\" style=\"font-size: 12pt\">c</code>", 16)]
    [TestCase("><code id=\"x\" style=\"font-family: monospace, monospace\">c</code>", 16)]
    [TestCase("><pre><span id=\"x\" style=\"font-family: Noto Sans Mono\">c</span></pre>", 16)]
    public void An_absolute_size_or_a_named_family_keeps_its_size(string body, float pixels)
    {
        Assert.That(FontSizeOf(body, "x"), Is.EqualTo(pixels * 0.75f).Within(0.01));
    }

    [Test]
    public void A_line_height_in_em_follows_the_monospace_size()
    {
        var style = StyleOf("><div id=\"x\" style=\"font: 1em/1em monospace\">c</div>", "x");

        Assert.That(style.FontSize, Is.EqualTo(13 * 0.75f).Within(0.01));
        Assert.That(style.LineHeight, Is.EqualTo(13 * 0.75f).Within(0.01));
    }

    [Test]
    public void Lengths_in_em_are_of_the_monospace_size()
    {
        // content-171: "font: 1em/1em monospace; height: 2em" is two 13px lines tall, as in browsers.
        var style = StyleOf("><div id=\"x\" style=\"font: 1em/1em monospace; height: 2em; margin-left: 1em; padding-top: 10px\">c</div>", "x");

        Assert.That(style.Height, Is.EqualTo(26 * 0.75f).Within(0.01), "2em of 13px");
        Assert.That(style.Margin.Left, Is.EqualTo(13 * 0.75f).Within(0.01));
        Assert.That(style.Padding.Top, Is.EqualTo(10 * 0.75f).Within(0.01), "a length in px is kept");
    }

    [Test]
    public void An_element_inside_a_monospace_sized_one_takes_its_em_from_the_inherited_size_once()
    {
        // flexbox_direction-row-reverse's reference: every element monospace, the root sized 13px, an li 3.3333em wide.
        var style = StyleOf("><style>* { font-family: monospace }</style><ul style=\"width: 10em\"><li id=\"x\" style=\"width: 3.3333em\">c</li></ul>", "x");

        Assert.That(style.Width?.Value, Is.EqualTo(3.3333f * 13 * 0.75f).Within(0.01));
    }
}
