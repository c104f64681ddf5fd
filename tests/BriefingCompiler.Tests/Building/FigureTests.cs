using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary>
/// Figures: a Markdown image from the briefing's own folder is shown (HTML and PDF) with its alt text and, when it has
/// a title, a caption numbered through the document; images without alt, from outside the folder or not images at all
/// are refused at their line; a changed image file rebuilds the briefing.
/// </summary>
public class FigureTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-figures-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "assets"));
        File.WriteAllBytes(Path.Combine(_project, "assets", "map.png"), Png(40, 20, 0x1e, 0x5a, 0xa0));
        File.WriteAllText(Path.Combine(_project, "assets", "chart.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"120\"><rect x=\"10\" y=\"10\" width=\"80\" height=\"100\" fill=\"#cc3333\"/></svg>");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    /// <summary>The English sample with <paramref name="markdown"/> as the background's second paragraph (column 3) and
    /// without the sample's own figure (so the test's images are the only ones); the line it is on.</summary>
    private int Briefing(string markdown, string language = "en", string name = "s.en.yaml")
    {
        var source = SampleBriefings.Text(language);
        var lines = source.Split('\n').ToList();
        var ownFigure = lines.FindIndex(l => l.StartsWith("  ![", StringComparison.Ordinal));
        Assert.That(ownFigure, Is.Positive, "the sample shows a figure in its background");
        Assert.That(lines[ownFigure + 1], Is.Empty, "a blank line after the sample's figure");
        lines.RemoveRange(ownFigure, 2);
        var background = lines.FindIndex(l => l.StartsWith("background: |", StringComparison.Ordinal));
        Assert.That(lines[background + 2], Is.Empty, "the sample's background has a blank line after its first paragraph");
        lines.Insert(background + 3, "  " + markdown.Replace("\n", "\n  ", StringComparison.Ordinal) + "\n");
        SampleBriefings.Write(_project, name, string.Join('\n', lines));
        return background + 4;
    }

    private static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
                raw.Write([red, green, blue]);
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.NoCompression, leaveOpen: true))
            raw.WriteTo(zlib);
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            png.Write(BigEndian((uint)data.Length));
            png.Write(typed);
            png.Write(BigEndian(Crc32(typed)));
        }

        Chunk("IHDR", [.. BigEndian((uint)width), .. BigEndian((uint)height), 8, 2, 0, 0, 0]);
        Chunk("IDAT", compressed.ToArray());
        Chunk("IEND", []);
        return png.ToArray();
    }

    /// <summary>PNG's chunk checksum (ISO 3309 CRC-32).</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    [Test]
    public void A_captioned_image_is_a_numbered_figure_in_the_html_and_the_pdf()
    {
        Briefing("![Map of the five regions](assets/map.png \"The five At-Large regions\")\n\n"
                 + "![Bar chart](assets/chart.svg)\n\n"
                 + "![Votes by region](./assets/chart.svg \"Votes by region\")");

        var run = CliRun.In(_project, "build", "s.en.yaml", "--format", "html,pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.en.html")));
        var figures = html.QuerySelectorAll("figure.figure").ToList();
        Assert.That(figures, Has.Count.EqualTo(3));
        Assert.That(figures[0].Id, Is.EqualTo("figure-1"));
        Assert.That(figures[0].QuerySelector("figcaption")?.TextContent, Is.EqualTo("Figure 1: The five At-Large regions"));
        var map = figures[0].QuerySelector("img")!;
        Assert.That(map.GetAttribute("alt"), Is.EqualTo("Map of the five regions"));
        Assert.That(map.GetAttribute("src"), Does.StartWith("data:image/png;base64,"));
        Assert.That(Convert.FromBase64String(map.GetAttribute("src")!["data:image/png;base64,".Length..]),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(_project, "assets", "map.png"))), "the image itself, small enough to sit in the page");
        Assert.That(figures[1].QuerySelector("figcaption"), Is.Null, "no title, no caption and no number");
        Assert.That(figures[1].Id, Is.Empty);
        Assert.That(figures[2].QuerySelector("figcaption")?.TextContent, Is.EqualTo("Figure 2: Votes by region"));
        Assert.That(html.QuerySelectorAll("p > img, a[href*='assets']"), Is.Empty, "no figure is left a paragraph or a link");

        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "s.en.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("Figure 1: The five At-Large regions").And.Contain("Figure 2: Votes by region"));
        var page = pdf.GetPages().First(p => p.Text.Contains("Figure 1:", StringComparison.Ordinal));
        var image = page.GetImages().Single();
        Assert.That(image.WidthInSamples, Is.EqualTo(40));
        var caption = page.GetWords().First(w => w.Text == "Figure");
        Assert.That(image.Bounds.Bottom, Is.GreaterThan(caption.BoundingBox.Top), "the caption is under its image");
        Assert.That(pdf.GetPages().Sum(p => p.Paths.Count(path => path.IsFilled && path.FillColor?.ToRGBValues() is var (r, g, b) && r > 0.7 && g < 0.3 && b < 0.3)),
            Is.EqualTo(2), "the SVG, shown twice, stays vector: its red bar is a filled path each time");
    }

    [Test]
    public void Figures_take_the_documents_language_and_are_not_numbered_paragraphs()
    {
        Briefing("![会场地图](assets/map.png \"会场地图\")", "zh", "s.zh.yaml");
        Assert.That(File.ReadAllText(Path.Combine(_project, "s.zh.yaml")), Does.Contain("\nnumbered_paragraphs: true"), "the Chinese sample numbers its paragraphs");

        var run = CliRun.In(_project, "build", "s.zh.yaml", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.zh.html")));
        Assert.That(html.QuerySelector("figure figcaption")?.TextContent, Is.EqualTo("图 1：会场地图"));
        var background = html.QuerySelectorAll("p.numbered").Select(p => p.Id).ToList();
        Assert.That(background.Take(2), Is.EqualTo(new[] { "para-1", "para-2" }), "the figure between the first two paragraphs takes no number");
    }

    [TestCase("![](assets/map.png)", "BRF3401", "no alt text")]
    [TestCase("![Map](../map.png)", "BRF3402", "without '..'")]
    [TestCase("![Map](/etc/passwd)", "BRF3402", "not a relative path")]
    [TestCase("![Map](assets/missing.png)", "BRF3403", "does not exist")]
    [TestCase("![Map](assets/notes.txt)", "BRF3403", "PNG, JPEG, GIF, WebP or SVG")]
    [TestCase("![Map](assets/cut.png)", "BRF3403", "cannot use the image 'assets/cut.png'")]
    public void A_bad_image_is_refused_at_its_line_and_column(string markdown, string code, string says)
    {
        File.WriteAllText(Path.Combine(_project, "assets", "notes.txt"), "not an image");
        File.WriteAllBytes(Path.Combine(_project, "assets", "cut.png"), Png(40, 20, 1, 2, 3)[..60]);
        var line = Briefing("Text before. " + markdown);

        foreach (var command in new[] { "check", "build" })
        {
            var run = CliRun.In(_project, command, "s.en.yaml");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), command + ": " + run.Output + run.Error);
            Assert.That(run.Output + run.Error, Does.Contain($"s.en.yaml({line},16)").And.Contain(code).And.Contain(says), command);
            Assert.That(run.Output + run.Error, Does.Not.Contain("   at "), "no stack trace");
        }

        Assert.That(Path.Combine(_project, "out", "s.en.pdf"), Does.Not.Exist);
    }

    [TestCase("![Map](https://example.org/map.png)")]
    [TestCase("![Map](data:image/png;base64,iVBORw0KGgo=)")]
    [TestCase("![](javascript:alert(1))")]
    public void An_image_on_the_network_or_any_uri_is_a_warning_and_not_shown(string markdown)
    {
        var line = Briefing("Text before. " + markdown);

        var run = CliRun.In(_project, "build", "s.en.yaml", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        Assert.That(run.Output + run.Error, Does.Contain($"s.en.yaml({line},16)").And.Contain("BRF3404"));
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.en.html")));
        Assert.That(html.QuerySelectorAll("img"), Is.Empty, "nothing is fetched or shown");
        Assert.That(CliRun.In(_project, "build", "s.en.yaml", "--format", "html", "--warnings-as-errors", "--force").ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
    }

    [Test]
    public void An_image_reached_through_a_symbolic_link_out_of_the_folder_is_refused()
    {
        var outside = Directory.CreateTempSubdirectory("briefc-outside-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(outside, "secret.png"), Png(4, 4, 9, 9, 9));
            File.CreateSymbolicLink(Path.Combine(_project, "assets", "linked.png"), Path.Combine(outside, "secret.png"));
            File.CreateSymbolicLink(Path.Combine(_project, "assets", "inside.png"), Path.Combine(_project, "assets", "map.png"));
            Briefing("![Map](assets/linked.png)\n\n![Map](assets/inside.png)");

            var run = CliRun.In(_project, "check", "s.en.yaml");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Output + run.Error);
            Assert.That(run.Output + run.Error, Does.Contain("BRF3402").And.Contain("assets/linked.png").And.Contain("outside the folder"));
            Assert.That(run.Output + run.Error, Does.Not.Contain("inside.png"), "a link that stays inside the folder is fine");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void A_large_image_is_written_once_beside_the_pages_and_a_changed_image_rebuilds_the_briefing()
    {
        var large = Png(300, 200, 0x20, 0x80, 0x40);
        Assert.That(large, Has.Length.GreaterThan(Assets.ImageAsset.InlineMaxBytes));
        File.WriteAllBytes(Path.Combine(_project, "assets", "photo.png"), large);
        Briefing("![Delegates in the plenary hall](assets/photo.png \"The plenary\")");
        File.Copy(Path.Combine(_project, "s.en.yaml"), Path.Combine(_project, "t.en.yaml"));

        var first = CliRun.In(_project, "build", ".", "--format", "html,pdf");

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Output + first.Error);
        var shared = Directory.GetFiles(Path.Combine(_project, "out"), "briefc-figure-*");
        Assert.That(shared, Has.Length.EqualTo(1), "one file for both briefings");
        Assert.That(Path.GetFileName(shared[0]), Does.Match("^briefc-figure-[0-9a-f]{16}\\.png$"));
        Assert.That(File.ReadAllBytes(shared[0]), Is.EqualTo(large));
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.en.html")));
        Assert.That(html.QuerySelector("figure img")?.GetAttribute("src"), Is.EqualTo(Path.GetFileName(shared[0])));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_project, "out", ".briefc-manifest.json"))))
        {
            var entry = manifest.RootElement.GetProperty("briefings").GetProperty("s.en");
            Assert.That(entry.GetProperty("figures").GetProperty("assets/photo.png").GetString(), Has.Length.EqualTo(64));
        }

        var unchanged = CliRun.In(_project, "build", ".", "--format", "html,pdf");
        Assert.That(unchanged.Output, Does.Contain("up to date 2"), unchanged.Output);

        var replaced = Png(300, 200, 0x90, 0x10, 0x10);
        File.WriteAllBytes(Path.Combine(_project, "assets", "photo.png"), replaced);
        var rebuilt = CliRun.In(_project, "build", ".", "--format", "html,pdf");

        Assert.That(rebuilt.ExitCode, Is.EqualTo(ExitCodes.Success), rebuilt.Output + rebuilt.Error);
        Assert.That(rebuilt.Output, Does.Contain("Built 2"), "the source did not change, its image did");
        var now = Directory.GetFiles(Path.Combine(_project, "out"), "briefc-figure-*");
        Assert.That(now, Has.Length.EqualTo(1), "the old image's file is gone with the last page linking to it");
        Assert.That(File.ReadAllBytes(now[0]), Is.EqualTo(replaced));
    }

    [Test]
    public void Diff_shows_a_replaced_image_as_a_change_of_that_figure()
    {
        Briefing("![Map of the five regions](assets/map.png \"The five At-Large regions\")");
        var newer = Path.Combine(_project, "v2");
        Directory.CreateDirectory(Path.Combine(newer, "assets"));
        File.Copy(Path.Combine(_project, "s.en.yaml"), Path.Combine(newer, "s.en.yaml"));
        File.Copy(Path.Combine(_project, "assets", "map.png"), Path.Combine(newer, "assets", "map.png"));

        var same = CliRun.In(_project, "diff", "s.en.yaml", "v2/s.en.yaml", "--format", "json");
        Assert.That(same.Output, Does.Contain("\"changed\": false"), same.Output + same.Error);

        File.WriteAllBytes(Path.Combine(newer, "assets", "map.png"), Png(40, 20, 0xa0, 0x20, 0x20));
        var run = CliRun.In(_project, "diff", "s.en.yaml", "v2/s.en.yaml", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.That(changes, Has.Count.EqualTo(1), run.Output);
        Assert.That(changes[0].GetProperty("path").GetString(), Is.EqualTo("figures.assets/map.png"));
        Assert.That(changes[0].GetProperty("kind").GetString(), Is.EqualTo("changed"));
        Assert.That(changes[0].GetProperty("new").GetString(), Does.StartWith("image/png"));

        var html = CliRun.In(_project, "diff", "s.en.yaml", "v2/s.en.yaml", "--format", "html", "-o", "redline.html");
        Assert.That(html.ExitCode, Is.Not.EqualTo(ExitCodes.InternalError), html.Output + html.Error);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "redline.html")));
        Assert.That(page.QuerySelector("figure img")?.GetAttribute("src"), Does.StartWith("data:image/png;base64,"), "the redline stands alone");
    }

    /// <summary>The project folder as a git repository with <paramref name="paths"/> committed (all: ".").</summary>
    private void Commit(params string[] paths)
    {
        if (!Directory.Exists(Path.Combine(_project, ".git")))
            Diffing.DiffCommandTests.Git(_project, "init", "-q");
        Diffing.DiffCommandTests.Git(_project, ["add", "--", .. paths]);
        Diffing.DiffCommandTests.Git(_project, "commit", "-q", "-m", "version");
    }

    /// <summary><c>briefings/s.en.yaml</c> showing <c>assets/map.png</c> beside it, committed: a briefing in a folder of the
    /// repository, as briefings usually are, so its image is looked up from there at the revision too.</summary>
    private void CommitMapInBriefingsFolder()
    {
        Directory.CreateDirectory(Path.Combine(_project, "briefings", "assets"));
        File.Copy(Path.Combine(_project, "assets", "map.png"), Path.Combine(_project, "briefings", "assets", "map.png"));
        Briefing("![Map of the five regions](assets/map.png \"The five At-Large regions\")", name: "briefings/s.en.yaml");
        Commit(".");
    }

    /// <summary><c>briefc diff s.en.yaml --against HEAD</c> as JSON: its exit code, its changes and what it wrote to stderr.</summary>
    private (int Exit, List<JsonElement> Changes, string Error) DiffAgainstHead(string file = "s.en.yaml")
    {
        var run = CliRun.In(_project, "diff", file, "--against", "HEAD", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(0).Or.EqualTo(1), run.Output + run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return (run.ExitCode, json.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.Clone()).ToList(), run.Error);
    }

    /// <summary>The one change is <c>assets/map.png</c> (as it is in the working tree) added to the figures.</summary>
    private static void AssertImageAdded(List<JsonElement> changes)
    {
        Assert.That(changes, Has.Count.EqualTo(1));
        Assert.That((changes[0].GetProperty("path").GetString(), changes[0].GetProperty("kind").GetString()), Is.EqualTo(("figures", "added")));
        Assert.That(changes[0].GetRawText(), Does.Contain("assets/map.png").And.Contain("image/png"));
    }

    [Test]
    public void Diff_against_a_revision_reads_the_image_at_that_revision_and_shows_it_replaced()
    {
        CommitMapInBriefingsFolder();

        var same = DiffAgainstHead("briefings/s.en.yaml");
        Assert.That((same.Exit, same.Changes.Count, same.Error), Is.EqualTo((0, 0, "")), "the image is unchanged since HEAD");

        File.WriteAllBytes(Path.Combine(_project, "briefings", "assets", "map.png"), Png(40, 20, 0xa0, 0x20, 0x20));
        var (exit, changes, error) = DiffAgainstHead("briefings/s.en.yaml");

        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(changes, Has.Count.EqualTo(1));
        Assert.That(changes[0].GetProperty("path").GetString(), Is.EqualTo("figures.assets/map.png"));
        Assert.That(changes[0].GetProperty("kind").GetString(), Is.EqualTo("changed"));
        var (before, after) = (changes[0].GetProperty("old").GetString(), changes[0].GetProperty("new").GetString());
        Assert.That(before, Does.StartWith("image/png"));
        Assert.That(after, Does.StartWith("image/png").And.Not.EqualTo(before));
        // The same identity as a diff of two folders gives the committed bytes: both sides hash alike.
        var committed = Png(40, 20, 0x1e, 0x5a, 0xa0);
        Assert.That(before, Does.EndWith(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(committed))[..12]));
    }

    [Test]
    public void Check_against_a_revision_takes_a_replaced_image_for_a_content_change_that_needs_a_new_version()
    {
        CommitMapInBriefingsFolder();
        var unchanged = CliRun.In(_project, "check", "briefings/s.en.yaml", "--against", "HEAD");

        // The same text, another image under the same name.
        File.WriteAllBytes(Path.Combine(_project, "briefings", "assets", "map.png"), Png(40, 20, 0xa0, 0x20, 0x20));
        var replaced = CliRun.In(_project, "check", "briefings/s.en.yaml", "--against", "HEAD");
        var source = Path.Combine(_project, "briefings", "s.en.yaml");
        var versioned = File.ReadAllText(source).Replace("      date: 2024-11-04\n", "      date: 2024-11-04\n    - version: 2\n      date: 2024-11-05\n", StringComparison.Ordinal);
        Assert.That(versioned, Does.Contain("version: 2"));
        File.WriteAllText(source, versioned);
        var withNewVersion = CliRun.In(_project, "check", "briefings/s.en.yaml", "--against", "HEAD");

        Assert.Multiple(() =>
        {
            Assert.That(unchanged.ExitCode, Is.EqualTo(ExitCodes.Success), unchanged.Output + unchanged.Error);
            Assert.That(unchanged.Error, Does.Not.Contain("BRF3901"));
            Assert.That(replaced.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), replaced.Output + replaced.Error);
            Assert.That(replaced.Error, Does.Contain("s.en.yaml(").And.Contain("error BRF3901: the content changed since HEAD (figures.assets/map.png)"));
            Assert.That(withNewVersion.ExitCode, Is.EqualTo(ExitCodes.Success), withNewVersion.Output + withNewVersion.Error);
        });
    }

    [Test]
    public void Diff_against_a_revision_shows_an_image_only_in_the_new_version_as_added()
    {
        Briefing("No figure yet.");
        Commit(".");
        Briefing("![Map of the five regions](assets/map.png)");

        var (exit, changes, error) = DiffAgainstHead();

        Assert.That(exit, Is.EqualTo(1), error);
        // No image at all before: the whole `figures` record is added, as between two folders.
        AssertImageAdded(changes.Where(c => c.GetProperty("path").GetString() != "background").ToList());
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void Diff_against_a_revision_that_lacks_the_image_file_warns_and_shows_the_image_as_added()
    {
        Briefing("![Map of the five regions](assets/map.png)");
        Commit("s.en.yaml");

        var (exit, changes, error) = DiffAgainstHead();

        Assert.That(exit, Is.EqualTo(1), error);
        AssertImageAdded(changes);
        Assert.That(error, Does.Contain("HEAD:s.en.yaml(").And.Contain("warning BRF3403").And.Contain("'assets/map.png' does not exist at HEAD"));
        Assert.That(error, Does.Not.Contain("error"));
    }

    [Test]
    public void Diff_against_a_revision_refuses_an_image_that_is_a_symbolic_link_there()
    {
        // At HEAD the image is a link to a file beside it; in the working tree, a regular file with the same bytes. Had
        // the link been followed at the revision, the two sides would be equal.
        File.Move(Path.Combine(_project, "assets", "map.png"), Path.Combine(_project, "assets", "real.png"));
        File.CreateSymbolicLink(Path.Combine(_project, "assets", "map.png"), "real.png");
        Briefing("![Map of the five regions](assets/map.png)");
        Commit(".");
        File.Delete(Path.Combine(_project, "assets", "map.png"));
        File.Copy(Path.Combine(_project, "assets", "real.png"), Path.Combine(_project, "assets", "map.png"));

        var (exit, changes, error) = DiffAgainstHead();

        Assert.That(exit, Is.EqualTo(1), error);
        AssertImageAdded(changes);
        Assert.That(error, Does.Contain("warning BRF3402").And.Contain("'assets/map.png' at HEAD").And.Contain("symbolic link (git mode 120000)"));
    }

    [Test]
    public void A_figure_survives_the_word_round_trip_as_its_markdown()
    {
        const string figure = "![Map of the five regions](assets/map.png \"The five At-Large regions\")";
        Briefing("Before it.\n\n" + figure);
        var original = BriefingLoader.Load(Path.Combine(_project, "s.en.yaml")).Briefing!;
        Assert.That(original.Figures, Has.Count.EqualTo(1));

        var docx = BriefingCompiler.Word.WordDocumentWriter.Write(original);
        var imported = BriefingCompiler.Importing.WordImporter.Import(docx, "s.docx", "draft.yaml", language: null);

        Assert.That(imported.PassesCheck, Is.True, imported.Yaml);
        Assert.That(imported.Yaml, Does.Contain(figure));
        var back = BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(imported.Yaml)).Briefing!;
        Assert.That(BriefingCompiler.Diffing.BriefingDiffer.Compare(original, back).Changes.Select(c => c.Path), Is.Empty);
    }
}
