namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Our defaults for HTML elements, inserted before the document's own styles so any author rule wins.
/// Selectors are single element names (plus a few descendant ones for nested lists) so their specificity
/// never beats an author's class. The body keeps the browsers' 8px margin (CSS 2.1 Appendix D; Chromium and
/// WeasyPrint print it inside the page margins too), so a house template that does not set it prints as a browser
/// prints it. The body sets no font family or colour of its own (browsers' does not): it inherits the root's, so an
/// author's <c>* { font-family: monospace }</c> or <c>html { color: red }</c> reaches it (a <c>body</c> rule here
/// outweighs <c>*</c>). AngleSharp's own
/// print defaults start every h1 on a new page (<c>page-break-before: always</c>): that is undone here. Links are
/// coloured only where they are links (HTML: an <c>a</c> with <c>href</c>, not a bare anchor), the selector wrapped
/// in <c>:where()</c> so it weighs no more than an author's plain <c>a</c> rule. Ruby follows HTML's rendering section
/// and Chromium (<c>rb</c>, <c>rt</c> and <c>rtc</c> are a ruby base and annotations by their names: AngleSharp drops
/// those display values, see the style resolver): annotations at half size, their line-height normal and without emphasis marks (this sheet is not filtered
/// by <see cref="InvalidDeclarations"/>, so <c>text-emphasis: none</c> is written as the custom property that carries it).
/// A <c>bdo</c> overrides the bidi algorithm with or
/// without <c>dir</c> (HTML §15.3.5; AngleSharp's sheet only has <c>bdo[dir]</c>): without one, in its inherited direction.
/// </summary>
public static class UserAgentStyleSheet
{
    public const string Css = """
        html, body, div, p, h1, h2, h3, h4, h5, h6, ul, ol, li, table, thead, tbody, tfoot, tr, td, th,
        section, article, header, footer, nav, main, aside, blockquote, pre, hr, address, figure, figcaption,
        dl, dt, dd, caption, details, summary { unicode-bidi: normal }
        html, body, div, p, h1, h2, h3, h4, h5, h6, ul, ol, section, article, header, footer, nav, main, aside,
        blockquote, pre, hr, address, figure, figcaption, dl, dt, dd, details, summary { display: block }
        head, title, style, script, meta, link, template { display: none }
        h1, ul, ol, dl { page-break-before: auto }
        body { margin: 8px; font-size: medium; orphans: 2; widows: 2 }
        p { margin-top: 1em; margin-bottom: 1em }
        h1 { font-size: 2em; margin-top: 0.67em; margin-bottom: 0.67em; font-weight: 700; break-after: avoid }
        h2 { font-size: 1.5em; margin-top: 0.83em; margin-bottom: 0.83em; font-weight: 700; break-after: avoid }
        h3 { font-size: 1.17em; margin-top: 1em; margin-bottom: 1em; font-weight: 700; break-after: avoid }
        h4 { font-size: 1em; margin-top: 1.33em; margin-bottom: 1.33em; font-weight: 700; break-after: avoid }
        h5 { font-size: 0.83em; margin-top: 1.67em; margin-bottom: 1.67em; font-weight: 700; break-after: avoid }
        h6 { font-size: 0.67em; margin-top: 2.33em; margin-bottom: 2.33em; font-weight: 700; break-after: avoid }
        ul, ol { margin-top: 1em; margin-bottom: 1em; padding-left: 30pt }
        ul { list-style-type: disc }
        ol { list-style-type: decimal }
        ul ul, ol ul { list-style-type: circle; margin-top: 0; margin-bottom: 0 }
        ul ul ul, ol ul ul, ul ol ul, ol ol ul { list-style-type: square }
        ol ol, ul ol { margin-top: 0; margin-bottom: 0 }
        li { display: list-item }
        blockquote { margin: 1em 30pt }
        dd { margin-left: 30pt }
        pre { white-space: pre; font-family: monospace; margin-top: 1em; margin-bottom: 1em }
        code, kbd, samp, tt { font-family: monospace }
        hr { margin-top: 0.5em; margin-bottom: 0.5em; border: 0; border-top: 1px solid #808080 }
        strong, b, th { font-weight: 700 }
        em, i, cite, var, dfn { font-style: italic }
        bdo { unicode-bidi: bidi-override }
        u, ins { text-decoration: underline }
        s, strike, del { text-decoration: line-through }
        :where(a[href]) { color: #0000ee; text-decoration: underline }
        ruby { display: ruby; text-indent: 0 }
        rt { font-size: 50%; line-height: normal; --briefc-text-emphasis-style: none }
        rp { display: none }
        small { font-size: 0.83em }
        big { font-size: 1.2em }
        table { display: table; border-collapse: separate; border-spacing: 2px; box-sizing: border-box }
        thead { display: table-header-group }
        tbody { display: table-row-group }
        tfoot { display: table-footer-group }
        tr { display: table-row }
        thead, tbody, tfoot, tr { vertical-align: middle }
        td, th { display: table-cell; padding: 1px; vertical-align: inherit }
        th { text-align: center }
        caption { display: table-caption; text-align: center }
        ::footnote-call { content: counter(footnote); vertical-align: super; font-size: 0.7em }
        ::footnote-marker { content: counter(footnote) ". " }
        """;
}
