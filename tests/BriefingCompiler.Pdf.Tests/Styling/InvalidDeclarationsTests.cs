using BriefingCompiler.Pdf.Styling;
using NUnit.Framework;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>The one filter of declarations AngleSharp would keep though CSS makes them invalid (or read wrongly).</summary>
public class InvalidDeclarationsTests
{
    [TestCase("#h { height: 0; height: -1px }", "#h { height: 0; }")]
    [TestCase("padding-left: -.5em; padding-top: 2pt", "; padding-top: 2pt")]
    [TestCase("#p { padding: 0 -1px !important }", "#p { }")]
    [TestCase("#z { height: -0pt; width: calc(-5px + 10px) }", "#z { height: -0pt; width: calc(-5px + 10px) }")]
    [TestCase("#m { column-count: 2; column-count: -1; column-count: 0; column-count: 1.5; column-count: 3px }", "#m { column-count: 2; ; ; ; }")]
    [TestCase("#m { column-gap: -5pt; column-width: 10pt; column-rule-width: -1px }", "#m { ; column-width: 10pt; }")]
    [TestCase("#m { margin-left: -5px; text-indent: -1em }", "#m { margin-left: -5px; text-indent: -1em }")]
    [TestCase("a:hover { color: green } /* prose: width: -12px */ b { width: 1px }", "a:hover { color: green } /* prose: width: -12px */ b { width: 1px }")]
    public void Drops_only_the_declarations_its_rules_make_invalid(string css, string expected) =>
        Assert.That(InvalidDeclarations.Filter(css), Is.EqualTo(expected));

    [TestCase("h2 { string-set: title content() }", "h2 { string-set: title content(text) }")]
    [TestCase("h2 { bookmark-label: \"§ \" content( ); bookmark-level: none }", "h2 { bookmark-label: \"§ \" content(text); bookmark-level: 2147483647 }")]
    [TestCase("h3 { bookmark-level: 2 } p::before { content: \"content()\" }", "h3 { bookmark-level: 2 } p::before { content: \"content()\" }")]
    [TestCase("h1 { break-before: Recto }", "h1 { break-before: page; --briefc-side-break-before: recto }")]
    [TestCase("h1 { break-after: verso !important; break-before: page }", "h1 { break-after: page !important; --briefc-side-break-after: verso !important; break-before: page; --briefc-side-break-before: page }")]
    [TestCase("h1 { break-before: left; page-break-after: always }", "h1 { break-before: left; page-break-after: always }")]
    public void Writes_the_paged_media_values_AngleSharp_drops_in_a_form_it_keeps(string css, string expected) =>
        Assert.That(InvalidDeclarations.Filter(css), Is.EqualTo(expected));

    [TestCase(".a { list-style: none square }", ".a { list-style: square none }")]
    [TestCase(".a { list-style: url(d.png) none inside }", ".a { list-style: none inside url(d.png) }")]
    [TestCase(".a { list-style: none; list-style: square none; list-style: none url(d.png) !important }", ".a { list-style: none; list-style: square none; list-style: none url(d.png) !important }")]
    [TestCase(".a { list-style: none square none; list-style: square square none }", ".a { list-style: none square none; list-style: square square none }")]
    public void Writes_list_style_nones_where_they_belong(string css, string expected) =>
        Assert.That(InvalidDeclarations.Filter(css), Is.EqualTo(expected));
}
