using System.Text;
using BriefingCompiler.Conformance;

namespace BriefingCompiler.Pdf.Tests.Conformance;

/// <summary>
/// The harness on a small suite written here: which pages are tests, what is skipped and why, match, mismatch,
/// alternatives, chains, fuzzy metadata, crashes and timeouts — the same runner the conformance run and the
/// regression guard use.
/// </summary>
public class ReftestRunnerTests
{
    private string suite = "";

    [SetUp]
    public void CreateSuite()
    {
        suite = Directory.CreateTempSubdirectory("briefc-reftests-").FullName;
        Write("css21/demo/support/square.css", ".square { width: 75pt; padding-top: 75pt; background: #008000 }");
        Write("css21/demo/reference/green-ref.xht", Page("", "<div style=\"width:75pt;padding-top:75pt;background:#008000\"/>"));
        Write("css21/demo/reference/red-ref.xht", Page("", "<div style=\"width:75pt;padding-top:75pt;background:#ff0000\"/>"));
        Write("css21/demo/reference/almost-green-ref.xht", Page("", "<div style=\"width:75pt;padding-top:75pt;background:#018000\"/>"));
        Write("css21/demo/reference/chained-ref.xht", Page("<link rel=\"match\" href=\"red-ref.xht\"/>", "<div style=\"width:75pt;padding-top:75pt;background:#008000\"/>"));
    }

    [TearDown]
    public void DeleteSuite() => Directory.Delete(suite, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(suite, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Encoding.UTF8);
    }

    private static string Page(string head, string body, string links = "") => $"""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>{head}{links}
        <style type="text/css">body {"{"} margin: 0 {"}"}</style></head><body>{body}</body></html>
        """;

    private static string GreenSquare => "<div style=\"width:100px;padding-top:100px;background:green\"/>";

    private Dictionary<string, ReftestResult> RunAll(TimeSpan? timeout = null)
    {
        var tests = ReftestCatalog.Discover(suite);
        using var fonts = ReftestRunner.CreateFonts(suite);
        var runner = new ReftestRunner(suite, fonts, timeout ?? TimeSpan.FromSeconds(60), tests);
        return tests.Select(runner.Run).ToDictionary(r => Path.GetFileName(r.Path));
    }

    [Test]
    public void Matches_mismatches_alternatives_and_chains_are_judged_by_their_pixels()
    {
        Write("css21/demo/match-pass.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/>", "<div class=\"square\"/>", "<link rel=\"stylesheet\" href=\"support/square.css\"/>"));
        Write("css21/demo/match-fail.xht", Page("<link rel=\"match\" href=\"reference/red-ref.xht\"/>", GreenSquare));
        Write("css21/demo/mismatch-pass.xht", Page("<link rel=\"mismatch\" href=\"reference/red-ref.xht\"/>", GreenSquare));
        Write("css21/demo/mismatch-fail.xht", Page("<link rel=\"mismatch\" href=\"reference/green-ref.xht\"/>", GreenSquare));
        Write("css21/demo/either.xht", Page("<link rel=\"match\" href=\"reference/red-ref.xht\"/><link rel=\"match\" href=\"reference/green-ref.xht\"/>", GreenSquare));
        Write("css21/demo/chain.xht", Page("<link rel=\"match\" href=\"reference/chained-ref.xht\"/>", GreenSquare));
        Write("css21/demo/html-page.html", "<!DOCTYPE html><link rel=match href=reference/green-ref.xht><style>body{margin:0}</style><div style=\"width:100px;padding-top:100px;background:green\"></div><p>");

        var results = RunAll();

        Assert.Multiple(() =>
        {
            Assert.That(results["match-pass.xht"].Status, Is.EqualTo(ReftestStatus.Passed), results["match-pass.xht"].Detail);
            Assert.That(results["match-fail.xht"].Status, Is.EqualTo(ReftestStatus.Failed));
            Assert.That(results["match-fail.xht"].Detail, Is.EqualTo("differs from css21/demo/reference/red-ref.xht: 10000 pixels differ, by up to 255"));
            Assert.That(results["mismatch-pass.xht"].Status, Is.EqualTo(ReftestStatus.Passed), results["mismatch-pass.xht"].Detail);
            Assert.That(results["mismatch-fail.xht"].Detail, Is.EqualTo("matches the mismatch reference css21/demo/reference/green-ref.xht (identical)"));
            Assert.That(results["either.xht"].Status, Is.EqualTo(ReftestStatus.Passed), "one of several match references is enough");
            Assert.That(results["chain.xht"].Status, Is.EqualTo(ReftestStatus.Failed), "the reference must match its own reference too");
            Assert.That(results["chain.xht"].Detail, Does.Contain("css21/demo/reference/chained-ref.xht (chained) differs from css21/demo/reference/red-ref.xht"));
            Assert.That(results["html-page.html"].Status, Is.EqualTo(ReftestStatus.Passed), results["html-page.html"].Detail);
            Assert.That(results.Keys, Has.None.EndsWith("-ref.xht"), "pages in reference/ are references, not tests");
        });
    }

    [Test]
    public void Tests_that_need_script_interaction_or_a_missing_reference_are_skipped_with_the_reason()
    {
        Write("css21/demo/script.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/><script type=\"text/javascript\">document.body.innerHTML = ''</script>", GreenSquare));
        Write("css21/demo/interact.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/><meta name=\"flags\" content=\"ahem interact\"/>", GreenSquare));
        Write("css21/demo/font.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/><meta name=\"flags\" content=\"font\"/>", GreenSquare));
        Write("css21/demo/lost.xht", Page("<link rel=\"match\" href=\"reference/gone-ref.xht\"/>", GreenSquare));
        Write("css21/demo/no-reference.xht", Page("", GreenSquare));
        Write("css21/demo/reference/to-gone-ref.xht", Page("<link rel=\"match\" href=\"gone-ref.xht\"/>", GreenSquare));
        Write("css21/demo/lost-in-chain.xht", Page("<link rel=\"match\" href=\"reference/to-gone-ref.xht\"/>", GreenSquare));

        var results = RunAll();

        Assert.That(results.ToDictionary(r => r.Key, r => (r.Value.Status, r.Value.Detail)), Is.EquivalentTo(new Dictionary<string, (ReftestStatus, string)>
        {
            ["script.xht"] = (ReftestStatus.Skipped, "script"),
            ["interact.xht"] = (ReftestStatus.Skipped, "interact"),
            ["font.xht"] = (ReftestStatus.Skipped, "font"),
            ["lost.xht"] = (ReftestStatus.Skipped, "missing reference"),
            ["lost-in-chain.xht"] = (ReftestStatus.Skipped, "missing reference"),
        }), "a page without rel=match/mismatch is no test");
    }

    [Test]
    public void Tests_listed_as_invalid_are_skipped_with_what_is_wrong_and_the_upstream_evidence()
    {
        Write("css21/demo/wrong-reference.xht", Page("<link rel=\"match\" href=\"reference/red-ref.xht\"/>", GreenSquare));
        Write("css21/demo/wrong-with-script.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/><script type=\"text/javascript\">x()</script>", GreenSquare));
        Write("css21/demo/right.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/>", GreenSquare));
        var invalid = InvalidTestsFile.Parse("""
            # comment

            css21/demo/wrong-reference.xht | the reference is red, the test green | wpt PR #1 made the reference green
            /css21/demo/wrong-with-script.xht|needs script as well|wpt PR #2
            """, "invalid-tests.txt");

        var tests = ReftestCatalog.Discover(suite, invalid: invalid);
        using var fonts = ReftestRunner.CreateFonts(suite);
        var runner = new ReftestRunner(suite, fonts, TimeSpan.FromSeconds(60), tests);
        var results = tests.Select(runner.Run).ToDictionary(r => Path.GetFileName(r.Path));
        var json = Encoding.UTF8.GetString(ResultsReport.Json([.. results.Values]));

        Assert.Multiple(() =>
        {
            Assert.That(results["wrong-reference.xht"], Is.EqualTo(new ReftestResult("css21/demo/wrong-reference.xht", "css21/demo", ReftestStatus.Skipped,
                "invalid test", "the reference is red, the test green (upstream: wpt PR #1 made the reference green)")));
            Assert.That(results["wrong-with-script.xht"].Detail, Is.EqualTo("invalid test"), "the listed reason comes before any other");
            Assert.That(results["right.xht"].Status, Is.EqualTo(ReftestStatus.Passed));
            Assert.That(ResultsReport.Table([.. results.Values]).Split('\n'), Has.Some.Match(@"^\| css21/demo +\| +3 \| +1 \| +1 \| +0 \| +2 \| +100\.0 % \| invalid test 2 \|$"));
            Assert.That(json, Does.Contain("\"note\": \"the reference is red, the test green (upstream: wpt PR #1 made the reference green)\""));
        });
    }

    [Test]
    public void A_malformed_invalid_test_list_names_its_line()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => InvalidTestsFile.Parse("# c\ncss21/a.xht | no evidence\n", "invalid-tests.txt"),
                Throws.InstanceOf<FormatException>().With.Message.StartsWith("invalid-tests.txt(2): expected 'path | reason | upstream evidence'"));
            Assert.That(() => InvalidTestsFile.Parse("css21/a.xht | r | e\ncss21/a.xht | r | e\n", "invalid-tests.txt"),
                Throws.InstanceOf<FormatException>().With.Message.EqualTo("invalid-tests.txt(2): css21/a.xht is listed twice; keep one line for it"));
            Assert.That(InvalidTestsFile.Read(Path.Combine(suite, "no-such-file.txt")), Is.Empty);
        });
    }

    [Test]
    public void Fuzzy_metadata_allows_the_difference_it_names_and_no_more()
    {
        Write("css21/demo/strict.xht", Page("<link rel=\"match\" href=\"reference/almost-green-ref.xht\"/>", GreenSquare));
        Write("css21/demo/fuzzy.xht", Page("<link rel=\"match\" href=\"reference/almost-green-ref.xht\"/><meta name=\"fuzzy\" content=\"maxDifference=1;totalPixels=10000\"/>", GreenSquare));
        Write("css21/demo/too-fuzzy.xht", Page("<link rel=\"match\" href=\"reference/almost-green-ref.xht\"/><meta name=\"fuzzy\" content=\"0-1;0-9999\"/>", GreenSquare));

        var results = RunAll();

        Assert.Multiple(() =>
        {
            Assert.That(results["strict.xht"].Detail, Is.EqualTo("differs from css21/demo/reference/almost-green-ref.xht: 10000 pixels differ, by up to 1"));
            Assert.That(results["fuzzy.xht"].Status, Is.EqualTo(ReftestStatus.Passed));
            Assert.That(results["too-fuzzy.xht"].Status, Is.EqualTo(ReftestStatus.Failed));
        });
    }

    [Test]
    public void A_page_that_cannot_be_rendered_or_takes_too_long_fails_that_test_alone()
    {
        Write("css21/demo/broken.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/>", "<div><p>unclosed</div>"));
        Write("css21/demo/fine.xht", Page("<link rel=\"match\" href=\"reference/green-ref.xht\"/>", GreenSquare));

        var results = RunAll();
        var slow = RunAll(TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(results["broken.xht"].Status, Is.EqualTo(ReftestStatus.Failed));
            Assert.That(results["broken.xht"].Detail, Does.StartWith("exception InvalidDataException: css21/demo/broken.xht(3,").And.Contain("PDF140"));
            Assert.That(results["fine.xht"].Status, Is.EqualTo(ReftestStatus.Passed));
            Assert.That(slow["fine.xht"], Is.EqualTo(new ReftestResult("css21/demo/fine.xht", "css21/demo", ReftestStatus.Failed, "timeout: not done after 0 s")));
        });
    }

    [Test]
    public void Results_are_counted_per_folder_and_written_in_path_order_without_times()
    {
        ReftestResult[] results =
        [
            new("css-text-3/b.xht", "css-text-3", ReftestStatus.Skipped, "font"),
            new("css21/tables/b.xht", "css21/tables", ReftestStatus.Failed, "differs"),
            new("css21/tables/a.xht", "css21/tables", ReftestStatus.Passed, ""),
            new("css21/tables/c.xht", "css21/tables", ReftestStatus.Skipped, "script"),
        ];

        var table = ResultsReport.Table(results).Split('\n');
        var json = Encoding.UTF8.GetString(ResultsReport.Json(results));

        Assert.Multiple(() =>
        {
            Assert.That(table, Has.Some.Match(@"^\| css21/tables +\| +3 \| +2 \| +1 \| +1 \| +1 \| +50\.0 % \| script 1 \|$"));
            Assert.That(table, Has.Some.Match(@"^\| css-text-3 +\| +1 \| +0 \| +0 \| +0 \| +1 \| +0\.0 % \| font 1 \|$"));
            Assert.That(table, Has.Some.Match(@"^\| \*\*total\*\* +\| +4 \| +2 \| +1 \| +1 \| +2 \| +50\.0 % \| font 1, script 1 \|$"));
            Assert.That(json.IndexOf("css21/tables/a.xht", StringComparison.Ordinal), Is.LessThan(json.IndexOf("css21/tables/b.xht", StringComparison.Ordinal)));
            Assert.That(ResultsReport.Json(results.Reverse().ToArray()), Is.EqualTo(ResultsReport.Json(results)), "the same results give the same bytes");
            Assert.That(ReftestCatalog.FolderOf("css21/tables/x.xht"), Is.EqualTo("css21/tables"));
            Assert.That(ReftestCatalog.FolderOf("css-grid-1/grid-items/x.html"), Is.EqualTo("css-grid-1"));
        });
    }
}
