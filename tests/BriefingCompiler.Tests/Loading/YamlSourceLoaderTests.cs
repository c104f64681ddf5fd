using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Tests.Loading;

public class YamlSourceLoaderTests
{
    private static SourceLoadResult Load(string yaml) => YamlSourceLoader.Load("x.yaml", Encoding.UTF8.GetBytes(yaml));

    private static ScalarNode Scalar(MappingNode mapping, string key) => (ScalarNode)mapping.Find(key)!.Value;

    [Test]
    public void A_bidirectional_override_is_a_warning_at_its_place_and_the_briefing_still_loads()
    {
        // "Approve the budget" with U+202E before "budget": the PDF would show "tegdub".
        var raw = BriefingLoader.Load("x.yaml", Encoding.UTF8.GetBytes(ValidSource.Head + "objective: Approve the \u202Ebudget\n"));
        var escaped = BriefingLoader.Load("x.yaml", Encoding.UTF8.GetBytes(ValidSource.Head + "objective: \"Approve the \\u202Dbudget\"\n"));

        Assert.Multiple(() =>
        {
            Assert.That(raw.Diagnostics.Select(d => (d.Severity, d.Code, d.Span.Line, d.Span.Column)),
                Is.EqualTo(new[] { (Severity.Warning, DiagnosticCodes.BidiOverride, 14, 24) }));
            Assert.That(raw.Diagnostics[0].Message, Does.StartWith("U+202E RIGHT-TO-LEFT OVERRIDE makes the text after it display in another order"));
            Assert.That(raw.Briefing, Is.Not.Null, "a warning, not an error");
            Assert.That(escaped.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)),
                Is.EqualTo(new[] { (DiagnosticCodes.BidiOverride, 14, 12) }), "written as an escape, reported at the value");
            Assert.That(escaped.Diagnostics[0].Message, Does.StartWith("U+202D LEFT-TO-RIGHT OVERRIDE"));
        });
    }

    [Test]
    public void Right_to_left_text_and_marks_are_not_overrides()
    {
        var arabic = BriefingLoader.Load("x.yaml", Encoding.UTF8.GetBytes(ValidSource.Head + "objective: \"اجتماع \u200FGAC\u200E مع ALAC\"\n"));

        Assert.That(arabic.Diagnostics, Is.Empty);
    }

    [Test]
    public void Scalars_are_kept_verbatim_and_plain_ones_are_marked()
    {
        var root = Load("version: 1.10\nquoted: '1.10'\nblock: |\n  text\nempty:\n").Root!;

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(root, "version"), Is.EqualTo(new ScalarNode("1.10", true, Scalar(root, "version").Span)));
            Assert.That(Scalar(root, "quoted").Value, Is.EqualTo("1.10"));
            Assert.That(Scalar(root, "quoted").IsPlain, Is.False);
            Assert.That(Scalar(root, "block").Value, Is.EqualTo("text\n"));
            Assert.That(Scalar(root, "block").IsPlain, Is.False);
            Assert.That(Scalar(root, "empty").Value, Is.EqualTo(""));
            Assert.That(Scalar(root, "empty").IsPlain, Is.True);
        });
    }

    [Test]
    public void Every_node_keeps_its_line_and_column()
    {
        var root = Load("a: 1\nlist:\n  - x\n  - key: value\n").Root!;
        var list = (SequenceNode)root.Find("list")!.Value;
        var item = (MappingNode)list.Items[1];

        Assert.Multiple(() =>
        {
            Assert.That(root.Span, Is.EqualTo(new SourceSpan("x.yaml", 1, 1, 4, 15)));
            Assert.That(root.Find("a")!.Key.Span, Is.EqualTo(new SourceSpan("x.yaml", 1, 1, 1, 2)));
            Assert.That(Scalar(root, "a").Span, Is.EqualTo(new SourceSpan("x.yaml", 1, 4, 1, 5)));
            Assert.That((list.Span.Line, list.Span.Column), Is.EqualTo((3, 3)));
            Assert.That((list.Items[0].Span.Line, list.Items[0].Span.Column), Is.EqualTo((3, 5)));
            Assert.That((item.Span.Line, item.Span.Column), Is.EqualTo((4, 5)));
            Assert.That(Scalar(item, "key").Span, Is.EqualTo(new SourceSpan("x.yaml", 4, 10, 4, 15)));
        });
    }

    [Test]
    public void Columns_count_code_points_and_a_bom_does_not_shift_them()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("t: 𝒳会\nu: v\r\nw: z\n")).ToArray();

        var result = YamlSourceLoader.Load("x.yaml", bytes);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(Scalar(result.Root!, "t").Span, Is.EqualTo(new SourceSpan("x.yaml", 1, 4, 1, 6)));
            Assert.That(Scalar(result.Root!, "u").Span.Line, Is.EqualTo(2));
            Assert.That((Scalar(result.Root!, "w").Span.Line, Scalar(result.Root!, "w").Span.Column), Is.EqualTo((3, 4)));
        });
    }

    [Test]
    public void A_duplicate_key_is_reported_and_the_first_value_kept()
    {
        var result = Load("a: first\nb: 2\na: second\nc: 3\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)),
                Is.EqualTo(new[] { (DiagnosticCodes.DuplicateKey, 3, 1) }));
            Assert.That(result.Diagnostics[0].Message, Does.Contain("`a`").And.Contain("line 1"));
            Assert.That(result.Root!.Entries.Select(e => e.Key.Value), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(Scalar(result.Root!, "a").Value, Is.EqualTo("first"));
        });
    }

    [Test]
    public void Aliases_are_expanded_by_sharing_the_anchored_node()
    {
        var root = Load("base: &b {x: 1}\ncopy: *b\n").Root!;

        Assert.That(root.Find("copy")!.Value, Is.SameAs(root.Find("base")!.Value));
    }

    [Test]
    public void Nesting_of_exactly_64_levels_is_accepted()
    {
        // The root mapping is level 1 and the 63 lists are levels 2–64; the scalar inside is no level of its own.
        var result = Load("a: " + new string('[', 63) + "x" + new string(']', 63) + "\n");

        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void An_alias_that_would_nest_too_deep_is_refused()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var result = Load($"a: &d {deep}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*d]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n");

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.NestingTooDeep }));
    }

    [Test]
    public void A_scalar_of_exactly_1_MiB_is_accepted()
    {
        var result = Load("a: " + new string('x', 1024 * 1024) + "\n");

        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void A_file_over_5_MiB_on_disk_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefc-big-{TestContext.CurrentContext.Test.ID}.yaml");
        try
        {
            File.WriteAllBytes(path, new byte[5 * 1024 * 1024 + 1]);

            var result = YamlSourceLoader.LoadFile(path);

            Assert.That(result.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)),
                Is.EqualTo(new[] { (DiagnosticCodes.FileTooLarge, 1, 1) }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_billion_laughs_alias_bomb_is_refused_without_being_expanded()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            text.Append($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 10))}]\n");
        }

        // 10^25 nodes if expanded: this returns at all only because expansion is counted, never performed.
        var result = Load(text.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(result.Root, Is.Null);
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.AliasExpansionTooLarge }));
            Assert.That(result.Diagnostics[0].Message, Does.Contain("100,000"));
        });
    }

    [Test]
    public void Reading_a_missing_file_is_a_diagnostic_not_an_exception()
    {
        var result = YamlSourceLoader.LoadFile(Path.Combine(Path.GetTempPath(), "briefc-does-not-exist", "x.yaml"));

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.FileUnreadable }));
    }
}
