using BriefingCompiler.Diagnostics;
using BriefingCompiler.Templating;
using Scriban;

namespace BriefingCompiler.Tests.Templating;

/// <summary>
/// Templates that would exhaust the machine (issue 20, item 10) end with BRF4005 at the place execution had reached,
/// with a hint naming the briefc.yaml setting; real templates stay far inside the budget. Budgets here are set low
/// so each attack stops in milliseconds; without the budget each runs for hours or fills memory.
/// </summary>
public class TemplateBudgetTests
{
    private const string File = "attack.sbn";

    // Small enough that every attack below is stopped at once, large enough for the few steps a legitimate line takes.
    private static readonly TemplateBudget Small = new(Steps: 20_000, Characters: 10_000_000, Seconds: 300);

    private static TemplateRenderResult Render(string text, TemplateBudget? budget = null, long sourceBytes = 0)
    {
        var loaded = BriefingTemplate.Parse(text, File, () => new NoPartialsTemplateLoader(), budget ?? Small);
        Assert.That(loaded.Template, Is.Not.Null, string.Join("\n", loaded.Diagnostics));
        return loaded.Template!.Render(BriefingFixtures.English(), sourceBytes: sourceBytes);
    }

    private static Diagnostic BudgetError(TemplateRenderResult result, string setting)
    {
        Assert.That(result.Html, Is.Null, "a stopped render produces no HTML");
        var d = result.Diagnostics.Single();
        Assert.That((d.Code, d.Severity, d.Span.File), Is.EqualTo((DiagnosticCodes.TemplateBudgetExceeded, Severity.Error, File)), d.ToString());
        Assert.That(d.Message, Does.Contain($"template_budget.{setting} in briefc.yaml"), "says how to raise the limit");
        return d;
    }

    private const string ExponentialRecursion = "{{ func f(n)\n  if n < 90\n    f(n + 1)\n    f(n + 1)\n  end\nend }}\n<p>{{ f(0) }}</p>";

    [Test]
    public void Exponential_recursion_to_depth_90_is_stopped_inside_the_function()
    {
        var d = BudgetError(Render(ExponentialRecursion), "steps");

        Assert.That(d.Span.Line, Is.InRange(2, 4), "inside the function's body, where execution was");
        Assert.That(d.Message, Does.Contain("more than 20,000 steps"));
    }

    [Test]
    public void Exponential_recursion_is_stopped_by_the_default_budget_too()
    {
        // 2^90 calls would run for ever; the default budget for a briefing the size of the samples is about 1.1 million
        // steps, well under a second.
        var d = BudgetError(Render(ExponentialRecursion, TemplateBudget.Default, sourceBytes: 6_264), "steps");

        Assert.That(d.Message, Does.Contain("more than 1,125,280 steps (1,000,000 + 20 per byte of the 6,264-byte briefing)"));
    }

    [Test]
    public void Two_million_iterations_padding_megabyte_strings_are_stopped_at_the_padding()
    {
        var d = BudgetError(Render("<p>\n{{ for i in 1..2000000 }}{{ s = '' | string.pad_left 1000000 }}{{ end }}\n</p>"), "characters");

        Assert.That((d.Span.Line, d.Span.Column), Is.EqualTo((2, 33)), "at the piped pad_left expression");
        Assert.That(d.Message, Does.Contain("more than 10,000,000 characters of text"));
    }

    [Test]
    public void Thousands_of_8_MB_strings_kept_in_a_list_are_stopped_before_they_fill_memory()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = Render("{{ a = [] }}{{ for i in 1..2000 }}{{ a = a | array.add ('' | string.pad_left 8000000) }}{{ end }}{{ a.size }}");
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        BudgetError(result, "characters");
        // Unbounded, this is 32 GB; one 8 MB string (16 MB of UTF-16) is made before the meter sees it.
        Assert.That(allocated, Is.LessThan(64L * 1024 * 1024), $"{allocated:N0} bytes allocated");
    }

    [Test]
    public void Quadratic_string_building_is_stopped_by_the_characters_it_copies()
    {
        BudgetError(Render("{{ s = '' }}{{ for i in 1..200000 }}{{ s = s + 'xxxxxxxxxx' }}{{ end }}{{ s.size }}"), "characters");
    }

    [Test]
    public void Scanning_a_big_string_again_and_again_is_stopped_by_the_characters_it_reads()
    {
        // Produces nothing and takes few steps, but each pass reads a megabyte.
        BudgetError(Render("{{ x = '' | string.pad_left 1000000 }}{{ for i in 1..100000 }}{{ if x | string.contains 'y' }}y{{ end }}{{ end }}"), "characters");
    }

    [Test]
    public void Template_text_written_in_a_loop_counts_as_written()
    {
        var text = new string('x', 4000);
        BudgetError(Render($"{{{{ for i in 1..5000 }}}}{text}{{{{ end }}}}"), "characters");
    }

    [Test]
    public void A_replacement_that_would_square_its_input_is_refused_before_the_result_is_built()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = Render("{{ x = '' | string.pad_left 1000000 }}{{ y = '' | string.pad_left 1000 }}\n{{ x | string.replace ' ' y }}");
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var d = BudgetError(result, "characters");
        Assert.That(d.Span.Line, Is.EqualTo(2));
        Assert.That(allocated, Is.LessThan(64L * 1024 * 1024), "the 2 GB result is never made");
    }

    [Test]
    public void A_regular_expression_replacement_that_would_square_its_input_is_stopped_while_it_is_built()
    {
        BudgetError(Render("{{ x = '' | string.pad_left 1000000 }}{{ y = '' | string.pad_left 1000 }}{{ x | regex.replace ' ' y }}"), "characters");
    }

    [Test]
    public void A_pattern_with_many_empty_groups_matching_everywhere_is_stopped()
    {
        BudgetError(Render("{{ x = '' | string.pad_left 1000000 }}{{ (x | regex.matches '((((((((((( ?)))))))))))') | array.size }}"), "characters");
    }

    [Test]
    public void A_catastrophically_backtracking_pattern_runs_in_linear_time_and_answers()
    {
        // (a+)+$ against a run of a's that ends in '!' backtracks 2^n times in a backtracking engine.
        var a = new string('a', 5000);
        var result = Render($"{{{{ '{a}!' | regex.match '(a+)+$' | array.size }}}}|{{{{ '{a}' | regex.match '^(a+)+$' | array.size }}}}|{{{{ 'x1y22' | regex.replace '([0-9]+)' '<$1>' }}}}");

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Html, Is.EqualTo("0|2|x&lt;1&gt;y&lt;22&gt;"));
    }

    [Test]
    public void Stripping_an_unclosed_tag_full_of_equals_signs_runs_in_linear_time()
    {
        // Scriban's html.strip backtracks exponentially on this (over 100 s for 6,000 characters).
        var tag = "<" + string.Concat(Enumerable.Repeat("=ab", 2000));
        var result = Render($"{{{{ '{tag}' | html.strip | string.size }}}}|{{{{ '<p class=\"x\">a<!-- c --></p><script>s</script>b' | html.strip }}}}");

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Html, Is.EqualTo("6001|ab"));
    }

    [Test]
    public void The_wall_clock_backstop_stops_what_the_counts_let_through()
    {
        // Counts set out of reach: only the backstop can end this.
        var result = Render(ExponentialRecursion, new TemplateBudget(Steps: long.MaxValue, Characters: long.MaxValue, Seconds: 1));

        var d = BudgetError(result, "seconds");
        Assert.That(d.Message, Does.Contain("more than 1 second;"));
    }

    [Test]
    public void A_backreference_is_refused_with_a_reason()
    {
        var result = Render("{{ 'aa' | regex.match '(a)\\\\1' }}");

        var d = result.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo(DiagnosticCodes.TemplateRender));
        Assert.That(d.Message, Does.Contain("linear time").And.Contain("backreference"));
    }

    [Test]
    public void The_budget_grows_with_the_size_of_the_briefing()
    {
        // About 3 steps an iteration: 5,000 iterations do not fit in 10,000 steps, but do in 10,000 + 20 × 2,000.
        const string loop = "{{ for i in 1..5000 }}{{ i }}{{ end }}";
        var budget = new TemplateBudget(Steps: 10_000, Characters: 1_000_000, Seconds: 300);

        BudgetError(Render(loop, budget, sourceBytes: 0), "steps");
        Assert.That(Render(loop, budget, sourceBytes: 2_000).Diagnostics, Is.Empty);
    }

    [Test]
    public void A_template_that_fits_renders_as_before()
    {
        var result = Render("{{ for i in 1..3 }}<i>{{ i }}</i>{{ end }}{{ 'a&b' | string.replace '&' '+' }}{{ '2024-11-04' | regex.split '-' | array.join '/' }}");

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Html, Is.EqualTo("<i>1</i><i>2</i><i>3</i>a+b2024/11/04"));
    }

    private static IEnumerable<string> RealBriefings() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "briefings"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "bench", "corpus-seeds"), "*.yaml"))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(RealBriefings))]
    public void The_built_in_template_uses_under_a_hundredth_of_the_default_budget_on_a_real_briefing(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        var briefing = BriefingLoader.Load(path, bytes).Briefing;
        Assert.That(briefing, Is.Not.Null);

        var result = BriefingTemplate.BuiltIn().Render(briefing!, sourceBytes: bytes.Length);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Steps, Is.LessThan(TemplateBudget.Default.Steps / 100), "steps");
        Assert.That(result.Characters, Is.LessThan(TemplateBudget.Default.Characters / 100), "characters");
    }
}
