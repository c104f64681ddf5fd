using Briefc;

namespace BriefingCompiler.Tests.Cli;

/// <summary>
/// YAML syntax errors as <c>briefc check</c> prints them: the mistake in our words, the fix written out from the line,
/// and the line (and the line of the cause) with a caret under the place. Colour only when asked or on a terminal.
/// </summary>
public class YamlSyntaxMessageTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-syntax-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>What check prints on standard error for a file holding <paramref name="yaml"/>.</summary>
    private string[] Errors(string yaml, params string[] options)
    {
        File.WriteAllText(Path.Combine(_folder, "b.yaml"), yaml);
        var run = CliRun.In(_folder, ["check", "b.yaml", .. options]);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Output + run.Error);
        Assert.That(run.Error, Does.Not.Contain("While scanning").And.Not.Contain("While parsing"), "the parser's words are not shown");
        return run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public void An_unquoted_colon_in_a_value_says_to_quote_it_and_writes_the_quoted_line()
    {
        Assert.That(Errors("briefc: 1\nlanguage: en\ntitle: Budget: first reading\n"), Is.EqualTo(new[]
        {
            "b.yaml(3,14): error BRF1008: `: ` (a colon and a space) inside a value starts another field in YAML; quote the value: `title: \"Budget: first reading\"`",
            " 3 | title: Budget: first reading",
            "   |              ^",
        }));
    }

    [Test]
    public void A_line_indented_under_a_field_shows_that_field_too()
    {
        Assert.That(Errors("briefc: 1\nmeeting:\n  name: x\n   date: y\n"), Is.EqualTo(new[]
        {
            "b.yaml(4,4): error BRF1008: this line is indented more than `name:` on line 3, so YAML reads it as the rest of that value; indent `date:` by 2 spaces, as `name:` is",
            " 3 |   name: x",
            " 4 |    date: y",
            "   |    ^",
        }));
    }

    [Test]
    public void A_misindented_list_item_names_the_column_of_its_list()
    {
        Assert.That(Errors("briefc: 1\nagenda:\n  - one\n  - two\n - three\n"), Is.EqualTo(new[]
        {
            "b.yaml(5,2): error BRF1008: this list item is indented by 1 space but the item on line 4 by 2 spaces; items of one list start in the same column",
            " 4 |   - two",
            " 5 |  - three",
            "   |  ^",
        }));
    }

    [Test]
    public void A_misindented_field_of_a_list_item_and_lines_between_left_out()
    {
        Assert.That(Errors("briefc: 1\npositions:\n  - title: a\n    text: b\n  - title: c\n    text: d\n   link: e\n"), Is.EqualTo(new[]
        {
            "b.yaml(7,4): error BRF1008: this field is indented by 3 spaces: a field of the list item on line 5 is indented by 4 spaces, and a new item starts with `- ` after 2 spaces",
            " 5 |   - title: c",
            "   ...",
            " 7 |    link: e",
            "   |    ^",
        }));
    }

    [TestCase("agenda:\n  - one\n  -two\n", "b.yaml(4,3): error BRF1008: a list item is written with a space after the dash: `- two`")]
    [TestCase("title: \"a\" b\n", "b.yaml(2,12): error BRF1008: text after the closing \" of a quoted value; put the whole value inside the quotes")]
    [TestCase("title: @home\n", "b.yaml(2,8): error BRF1008: `@` cannot start a value in YAML; quote the value: `title: \"@home\"`")]
    [TestCase("title: 'open\n", "b.yaml(2,8): error BRF1008: the quote ' that opens this value is never closed; close it on this line (a quoted value may go on over lines only when they are indented further than its field)")]
    [TestCase("agenda: [a, b\ntitle: x\n", "b.yaml(2,9): error BRF1008: this [ list is not closed: end it with `]` on the line it starts (`agenda: [a, b]`)")]
    [TestCase("agenda:\n- a\ntitle\n", "b.yaml(4,1): error BRF1008: `title` is not a field: a field is written `name: value`, with a colon and a space")]
    public void Each_common_mistake_is_named_with_its_fix(string rest, string expected)
    {
        Assert.That(Errors("briefc: 1\n" + rest)[0], Is.EqualTo(expected));
    }

    [Test]
    public void Wide_characters_before_the_place_move_the_caret_two_cells_each()
    {
        Assert.That(Errors("briefc: 1\ntitle: 预算: 一读\n")[1..], Is.EqualTo(new[]
        {
            " 2 | title: 预算: 一读",
            "   |            ^",
        }));
    }

    [Test]
    public void A_tab_is_reported_and_the_rest_of_the_file_is_still_checked()
    {
        var errors = Errors("briefc: 1\nlanguage: en\nmeeting:\n\tname: x\nlangauge: en\n");

        Assert.That(errors, Does.Contain("b.yaml(4,1): error BRF1009: a tab is used for indentation; YAML indents with spaces only: replace it with spaces"));
        Assert.That(errors, Does.Contain(" 4 | →name: x"));
        Assert.That(errors, Does.Contain("b.yaml(5,1): error BRF2002: unknown field `langauge`; did you mean `language`?"), "checked past the tab");
        Assert.That(errors, Has.None.Contain("unknown field `name`"), "the tab's line was read inside `meeting`");
    }

    [Test]
    public void Colour_is_off_in_tests_on_with_always_and_NO_COLOR_does_not_override_always()
    {
        const string yaml = "briefc: 1\ntitle: Budget: first reading\n";
        Assert.That(string.Join('\n', Errors(yaml)), Does.Not.Contain("\u001b["), "auto: not a terminal");
        var always = Errors(yaml, "--color", "always");
        Assert.That(always[0], Does.StartWith("b.yaml(2,14): \u001b[1;31merror\u001b[0m BRF1008: "));
        Assert.That(always[^1], Does.EndWith("\u001b[1;31m^\u001b[0m"));

        File.WriteAllText(Path.Combine(_folder, "b.yaml"), yaml);
        var noColor = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        var interactive = CliRun.In(_folder, c => c with { IsInteractive = true }, "check", "b.yaml");
        Assert.That(interactive.Error, Does.Contain("\u001b[1;31merror"), "auto on a terminal");
        Assert.That(CliRun.In(_folder, noColor, "check", "b.yaml", "--color", "always").Error, Does.Contain("\u001b["));
        Assert.That(CliRun.In(_folder, "check", "b.yaml", "--color", "never").Error, Does.Not.Contain("\u001b["));
        var wrong = CliRun.In(_folder, "check", "b.yaml", "--color", "sometimes");
        Assert.That(wrong.ExitCode, Is.EqualTo(ExitCodes.UsageError));
    }
}
