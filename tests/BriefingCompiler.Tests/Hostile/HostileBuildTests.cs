using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// Hostile briefings through <c>briefc build</c>: text comes out as text, a character no font has fails the
/// build wherever it is drawn (body or running header/footer), and pathological documents still build.
/// </summary>
public class HostileBuildTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("briefc-hostile-build-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private static string Sample => SampleBriefings.Source("en");

    private string Write(string name, string text) => SampleBriefings.Write(folder, name, text);

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private const string Script = "<script>alert(1)</script>";
    private const string Bidi = "invoice\u202Efdp.exe\u202C \u2066isolated\u2069";
    private const string Joiners = "family 👨\u200D👩\u200D👧 zero\u200Bwidth";
    private const string TemplateSyntax = "{{ briefing.document_control.title }} {% raw %} {{~ 'x' | string.upcase ~}}";

    private string HostileBriefing() => Write("hostile.en.yaml", $$$"""
        briefc: 1
        language: en
        symbol: {{{Quoted("\" onmouseover=\"alert(1)")}}}
        meeting:
          name: {{{Quoted(Script)}}}
          place: {{{Quoted(TemplateSyntax)}}}
        session:
          title: {{{Quoted(Script + "<img src=x onerror=alert(2)>")}}}
        objective: |
          Inline <b onclick="alert(3)">bold</b>, <iframe src="https://evil.example"></iframe> and {{ labels.agenda }}.

          <script>alert(4)</script>

          [js](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) ![img](javascript:alert(6)) <javascript:alert(7)>
          [ok](https://icann.org) {% if true %}liquid{% endif %}
        agenda:
          - {{{Quoted(Bidi)}}}
          - {{{Quoted(Joiners)}}}
          - title: {{{Quoted(TemplateSyntax)}}}
            note: {{{Quoted("</li></ol><script>alert(8)</script>")}}}
        references:
          - title: {{{Quoted("<a href=javascript:alert(9)>ref</a>")}}}
            url: https://example.org/?q=<script>&x="y"
        document_control:
          title: {{{Quoted("</title>" + Script)}}}
          audience: {{{Quoted("\"; } body { display: none } @top-center { content: \"x")}}}
          marking: {{{Quoted("</style>" + Script)}}}
          versions:
            - version: 1
              date: 2024-11-04
        """);

    [Test]
    public void Hostile_text_in_a_source_file_comes_out_of_the_HTML_build_as_literal_text()
    {
        var source = HostileBriefing();
        var output = Path.Combine(folder, "out");

        var run = CliRun.Of("build", source, "--format", "html", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "hostile.en.html")));
        Assert.Multiple(() =>
        {
            Assert.That(document.QuerySelectorAll("script, iframe, img, object, embed"), Is.Empty);
            Assert.That(document.All.SelectMany(e => e.Attributes).Select(a => a.Name).Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase)), Is.Empty);
            var links = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!).ToList();
            Assert.That(links, Has.All.Match("^(https?:|mailto:|#)"), string.Join(", ", links));
            Assert.That(document.QuerySelectorAll("style"), Has.Length.EqualTo(1));
            Assert.That(document.Title, Is.EqualTo("</title>" + Script));
            Assert.That(document.QuerySelector("h1")!.TextContent, Is.EqualTo(Script + "<img src=x onerror=alert(2)>"));
            var body = document.Body!.TextContent;
            Assert.That(body, Does.Contain(Bidi), "bidi controls are kept as characters inside their own element");
            Assert.That(body, Does.Contain(Joiners));
            Assert.That(body, Does.Contain(TemplateSyntax), "template syntax in data is not evaluated");
            Assert.That(body, Does.Contain("{{ labels.agenda }}").And.Contain("{% if true %}liquid{% endif %}"));
            Assert.That(body, Does.Contain("<iframe src=\"https://evil.example\"></iframe>"), "raw HTML in Markdown is text");
            Assert.That(body, Does.Contain("</li></ol><script>alert(8)</script>"));
        });
    }

    [Test]
    public void Hostile_text_that_every_font_can_draw_builds_a_PDF_holding_it_as_text()
    {
        // The same kind of source without the emoji (no bundled font draws them; see the next tests).
        var source = Write("hostile-pdf.en.yaml", File.ReadAllText(HostileBriefing()).Replace(Quoted(Joiners), Quoted("zero\u200Bwidth join\u200Der")));
        var output = Path.Combine(folder, "out");

        var run = CliRun.Of("build", source, "--format", "pdf", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(output, "hostile-pdf.en.pdf"));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.That(text, Does.Contain("<script>alert(1)</script><imgsrc=xonerror=alert(2)>"));
        Assert.That(text, Does.Contain("{{briefing.document_control.title}}"));
    }

    [Test]
    public void A_character_no_font_has_in_the_running_footer_only_fails_the_build_at_its_place()
    {
        // labels.page is drawn only in the PDF's page margin (the footer), never in the body.
        var lines = File.ReadAllLines(Sample).ToList();
        var labels = lines.Count + 1;
        lines.Add("labels:");
        lines.Add("  page: \"Page {0} of {1} \uE000\"");
        var source = Write("footer.en.yaml", string.Join("\n", lines) + "\n");

        var run = CliRun.Of("build", source, "--out", Path.Combine(folder, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Output + run.Error);
        Assert.That(run.Error, Does.Contain($"footer.en.yaml({labels + 1},26): error PDF130:"));
        Assert.That(run.Error, Does.Contain("U+E000"));
        Assert.That(Directory.Exists(Path.Combine(folder, "out")) ? Directory.GetFiles(Path.Combine(folder, "out")) : [], Is.Empty,
            "a failed build writes no output at all, not even the HTML");
    }

    [Test]
    public void A_character_no_font_has_in_the_running_header_fails_the_build()
    {
        var source = Write("header.en.yaml", File.ReadAllText(Sample)
            .Replace("  audience: GAC Members (before the meeting) and the public (after the meeting)", "  audience: GAC Members \U00010000"));

        var run = CliRun.Of("build", source, "--format", "pdf", "--out", Path.Combine(folder, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain("header.en.yaml(").And.Contain("error PDF130:").And.Contain("U+10000"));
    }

    [Test]
    public void A_character_no_font_has_written_as_a_YAML_escape_is_still_blamed_on_the_source_file()
    {
        var source = Write("escaped.en.yaml", File.ReadAllText(Sample)
            .Replace("  audience: GAC Members (before the meeting) and the public (after the meeting)", "  audience: \"GAC Members \\U00010000\""));

        var run = CliRun.Of("build", source, "--format", "pdf", "--out", Path.Combine(folder, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        var line = File.ReadAllLines(source).ToList().FindIndex(l => l.StartsWith("  audience:", StringComparison.Ordinal)) + 1;
        Assert.That(run.Error, Does.Contain($"escaped.en.yaml({line},26): error PDF130:").And.Contain("U+10000"), "at the escape's backslash");
    }

    [Test]
    public void Five_thousand_agenda_items_and_a_two_thousand_row_table_build()
    {
        var agenda = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"  - Agenda item number {i}\n"));
        var table = "| n | text |\n|---|---|\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => $"| {i} | row {i} |\n"));
        var text = File.ReadAllText(Sample);
        var start = text.IndexOf("agenda:\n", StringComparison.Ordinal);
        var end = text.IndexOf("positions:", StringComparison.Ordinal);
        text = text[..start] + "agenda:\n" + agenda + text[end..];
        text += "sections:\n  - title: Table\n    body: |\n" + string.Concat(table.Split('\n').Select(l => "      " + l + "\n"));
        var source = Write("big.en.yaml", text);
        var output = Path.Combine(folder, "out");

        var run = CliRun.Of("build", source, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(output, "big.en.pdf"));
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(100));
        Assert.That(pdf.GetPage(pdf.NumberOfPages).Text.Replace(" ", ""), Does.Contain("row2000"));
        Assert.That(File.ReadAllText(Path.Combine(output, "big.en.html")), Does.Contain("Agenda item number 5000"));
    }
}
