using BriefingCompiler.Diagnostics;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

/// <summary>A template mistake is an error naming the template file, line and column — never silent output.</summary>
public class TemplateErrorTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "briefc-template-tests-" + TestContext.CurrentContext.Test.ID);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static IReadOnlyList<Diagnostic> RenderErrors(string templatePath)
    {
        var loaded = BriefingTemplate.Load(templatePath);
        if (loaded.Template is null)
            return loaded.Diagnostics;
        var rendered = loaded.Template.Render(BriefingFixtures.English());
        Assert.That(rendered.Html, Is.Null, "a failed render produces no HTML");
        return rendered.Diagnostics;
    }

    [Test]
    public void Syntax_error_names_file_line_and_column()
    {
        var path = Write("broken.sbn", "<p>\n<h1>{{ briefing.session.title }}</h1>\n  {{ if }}\n");
        var diagnostics = RenderErrors(path);
        Assert.That(diagnostics, Is.Not.Empty);
        var d = diagnostics[0];
        Assert.That((d.Code, d.Severity, d.Span.File, d.Span.Line), Is.EqualTo(("BRF4001", Severity.Error, path, 3)));
        Assert.That(d.Span.Column, Is.GreaterThanOrEqualTo(3));
        Assert.That(d.ToString(), Does.StartWith($"{path}(3,"));
    }

    [Test]
    public void Misspelt_variable_is_an_error_not_an_empty_string()
    {
        var path = Write("typo.sbn", "<h1>{{ briefing.session.title }}</h1>\n<p>{{ briefing.sesion.title }}</p>\n");
        var d = RenderErrors(path).Single();
        Assert.That((d.Code, d.Span.File, d.Span.Line, d.Span.Column), Is.EqualTo(("BRF4002", path, 2, 16)), "points at the misspelt member");
        Assert.That(d.Message, Does.Contain("sesion"));
    }

    [Test]
    public void Unknown_top_level_variable_and_unknown_function_are_errors()
    {
        var variable = RenderErrors(Write("v.sbn", "x {{ labelz.agenda }}")).Single();
        Assert.That((variable.Code, variable.Span.Line, variable.Span.Column), Is.EqualTo(("BRF4002", 1, 6)));
        Assert.That(variable.Message, Does.Contain("labelz"));

        var function = RenderErrors(Write("f.sbn", "\n\n   {{ format_dat current_version.date }}")).Single();
        Assert.That((function.Code, function.Span.Line, function.Span.Column), Is.EqualTo(("BRF4002", 3, 7)));
        Assert.That(function.Message, Does.Contain("format_dat"));
    }

    [Test]
    public void Runaway_loop_stops_at_the_loop_limit()
    {
        var d = RenderErrors(Write("loop.sbn", "{{ for i in 1..100000000 }}x{{ end }}")).Single();
        Assert.That(d.Code, Is.EqualTo("BRF4002"));
        Assert.That(d.Span.Line, Is.EqualTo(1));
    }

    [Test]
    public void Runaway_recursion_stops_at_the_recursion_limit()
    {
        var d = RenderErrors(Write("recursion.sbn", "{{ func down\n  down\nend }}\n{{ down }}")).Single();
        Assert.That(d.Code, Is.EqualTo("BRF4002"));
        Assert.That(d.Message, Does.Contain("recursi").IgnoreCase);
    }

    [TestCase("../secret.sbn")]
    [TestCase("sub/../../secret.sbn")]
    [TestCase("/etc/passwd")]
    [TestCase("missing.sbn")]
    public void Include_outside_the_template_folder_is_refused_at_its_place(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_folder)!, "secret.sbn"), "SECRET");
        var path = Write("main.sbn", $"<p>ok</p>\n  {{{{ include '{name}' }}}}\n");
        var d = RenderErrors(path).Single();
        Assert.That((d.Code, d.Span.File, d.Span.Line, d.Span.Column), Is.EqualTo(("BRF4003", path, 2, 6)));
        Assert.That(d.Message, Does.Contain(name));
    }

    [Test]
    public void Include_through_a_symbolic_link_leaving_the_folder_is_refused()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_folder)!, "outside-" + Path.GetFileName(_folder) + ".sbn");
        File.WriteAllText(outside, "SECRET");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder, "link.sbn"), outside);
            var d = RenderErrors(Write("main.sbn", "{{ include 'link.sbn' }}")).Single();
            Assert.That(d.Code, Is.EqualTo("BRF4003"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public void Include_through_a_linked_folder_leaving_the_template_folder_is_refused()
    {
        // Issue 20 #3: only a link as the last component was checked; `dirlink/secret.txt` with dirlink -> outside read it.
        var outside = Path.Combine(Path.GetDirectoryName(_folder)!, "outside-dir-" + Path.GetFileName(_folder));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "SECRET-OUTSIDE");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_folder, "dirlink"), outside);
            Directory.CreateDirectory(Path.Combine(_folder, "sub"));
            File.CreateSymbolicLink(Path.Combine(_folder, "sub", "up"), "../dirlink");
            foreach (var name in new[] { "dirlink/secret.txt", "sub/up/secret.txt" })
            {
                var path = Write("main.sbn", $"<p>{{{{ include '{name}' }}}}</p>");
                var loaded = BriefingTemplate.Load(path);
                var result = loaded.Template!.Render(BriefingFixtures.English());
                var d = result.Diagnostics.Single();
                Assert.That((d.Code, d.Span.Line, d.Span.Column), Is.EqualTo(("BRF4003", 1, 7)), name);
                Assert.That(d.Message, Does.Contain("outside the folder"), name);
                Assert.That(result.Html ?? "", Does.Not.Contain("SECRET-OUTSIDE"), name);
            }
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Test]
    public void Links_that_stay_inside_the_template_folder_are_followed()
    {
        Write("parts/real/title.sbn", "<h1>linked</h1>");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "parts", "alias"), "real");
        var path = Write("main.sbn", "{{ include 'parts/alias/title.sbn' }}");
        var result = BriefingTemplate.Load(path).Template!.Render(BriefingFixtures.English());
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Html, Is.EqualTo("<h1>linked</h1>"));
    }

    [Test]
    public void A_loop_of_symbolic_links_is_refused_not_followed_forever()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(_folder, "b"), "a");
        var d = RenderErrors(Write("main.sbn", "{{ include 'a' }}")).Single();
        Assert.That(d.Code, Is.EqualTo("BRF4003"));
        Assert.That(d.Message, Does.Contain("loop"));
    }

    [Test]
    public void Partials_from_the_template_folder_render_with_the_same_escaping()
    {
        Write("parts/title.sbn", "<h1>{{ briefing.session.title }}</h1>");
        var path = Write("main.sbn", "<header>{{ include 'parts/title.sbn' }}</header>");
        var loaded = BriefingTemplate.Load(path);
        var briefing = BriefingFixtures.English() with { Session = BriefingFixtures.English().Session with { Title = "A & B <i>" } };
        var result = loaded.Template!.Render(briefing);
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        Assert.That(result.Html, Is.EqualTo("<header><h1>A &amp; B &lt;i&gt;</h1></header>"));
    }

    [Test]
    public void Error_inside_a_partial_names_the_partial()
    {
        var partial = Write("part.sbn", "line one\n{{ nope }}");
        var d = RenderErrors(Write("main.sbn", "{{ include 'part.sbn' }}")).Single();
        Assert.That((d.Code, d.Span.File, d.Span.Line), Is.EqualTo(("BRF4002", partial, 2)));
    }

    [Test]
    public void Missing_template_file_is_reported()
    {
        var path = Path.Combine(_folder, "nothing-here.sbn");
        var loaded = BriefingTemplate.Load(path);
        Assert.That(loaded.Template, Is.Null);
        Assert.That(loaded.Diagnostics.Single().Code, Is.EqualTo("BRF4004"));
        Assert.That(loaded.Diagnostics.Single().Span.File, Is.EqualTo(path));
    }

    [Test]
    public void Raw_marks_template_authors_HTML_as_trusted_and_everything_else_is_escaped()
    {
        var path = Write("raw.sbn", "{{ raw '<hr>' }}|{{ '<hr>' }}|{{ '<hr>' | string.upcase }}|{{ markdown '*a*' }}");
        var result = BriefingTemplate.Load(path).Template!.Render(BriefingFixtures.English());
        Assert.That(result.Html, Is.EqualTo("<hr>|&lt;hr&gt;|&lt;HR&gt;|<p><em>a</em></p>\n"));
    }

    [Test]
    public void Built_in_template_has_no_partials()
    {
        var result = BriefingTemplate.Parse("{{ include 'x.sbn' }}", BriefingTemplate.BuiltInName, () => new NoPartialsTemplateLoader())
            .Template!.Render(BriefingFixtures.English());
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("BRF4003"));
    }
}
