using System.Collections.Concurrent;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using BriefingCompiler.Conformance;

namespace BriefingCompiler.Pdf.Tests.Conformance;

/// <summary>
/// The ratchet: every W3C CSS reftest listed in tests/BriefingCompiler.Conformance/expectations.txt (those that
/// passed when it was last updated) must still pass. Renders them all in parallel, pixels compared in memory,
/// exactly as the harness does (same runner, same tolerance). The full suite is run by the harness itself.
/// </summary>
public class ReftestRegressionTests
{
    [Test]
    public void Every_reftest_that_passed_still_passes()
    {
        var repository = SuiteFolder.RepositoryRoot(TestContext.CurrentContext.TestDirectory)
            ?? throw new InvalidOperationException($"No BriefingCompiler.sln above {TestContext.CurrentContext.TestDirectory}.");
        var suite = SuiteFolder.Locate(repository)!;
        if (!Directory.Exists(suite))
            Assert.Inconclusive($"The W3C CSS test suite is not at {suite} ({SuiteFolder.RelativeToRepository} from the repository root); CI always has it.");
        var expected = ExpectationsFile.Read(Path.Combine(repository, "tests", "BriefingCompiler.Conformance", ExpectationsFile.FileName));
        Assert.That(expected, Is.Not.Empty, "expectations.txt lists no passing test");

        var stopwatch = Stopwatch.StartNew();
        var parser = new HtmlParser();
        var missing = expected.Where(p => !File.Exists(Path.Combine(suite, p))).ToList();
        var tests = expected.Except(missing).Select(p => ReftestCatalog.ReadTest(parser, suite, p)).ToList();
        var noLongerTests = expected.Except(missing).Where((_, i) => tests[i] is null).ToList();
        var runnable = tests.OfType<Reftest>().ToList();
        using var fonts = ReftestRunner.CreateFonts(suite);
        var runner = new ReftestRunner(suite, fonts, TimeSpan.FromSeconds(60), runnable);
        var failures = new ConcurrentBag<ReftestResult>();
        Parallel.ForEach(runnable, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, test =>
        {
            var result = runner.Run(test);
            if (result.Status != ReftestStatus.Passed)
                failures.Add(result);
        });
        TestContext.Progress.WriteLine($"{runnable.Count} expected reftests rendered and compared in {stopwatch.Elapsed.TotalSeconds:0.0} s");

        var problems = failures.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => $"{f.Path}: {f.Status.ToString().ToLowerInvariant()}: {f.Detail}")
            .Concat(missing.Select(p => $"{p}: no such file in the suite"))
            .Concat(noLongerTests.Select(p => $"{p}: no longer has a rel=match/mismatch reference"))
            .ToList();
        Assert.That(problems, Is.Empty,
            $"{problems.Count} reftest(s) in expectations.txt no longer pass (a regression; or, if intended, update the file with the harness: tests/BriefingCompiler.Conformance/README.md):\n" +
            string.Join("\n", problems));
    }

    [Test]
    public void Every_test_listed_as_invalid_is_a_reftest_of_the_suite_and_none_is_expected_to_pass()
    {
        var repository = SuiteFolder.RepositoryRoot(TestContext.CurrentContext.TestDirectory)
            ?? throw new InvalidOperationException($"No BriefingCompiler.sln above {TestContext.CurrentContext.TestDirectory}.");
        var harness = Path.Combine(repository, "tests", "BriefingCompiler.Conformance");
        var invalid = InvalidTestsFile.Read(Path.Combine(harness, InvalidTestsFile.FileName));
        var expected = ExpectationsFile.Read(Path.Combine(harness, ExpectationsFile.FileName)).ToHashSet(StringComparer.Ordinal);
        Assert.That(invalid.Keys.Where(expected.Contains), Is.Empty, "a test that passes cannot be known to be invalid");
        var suite = SuiteFolder.Locate(repository)!;
        if (!Directory.Exists(suite))
            Assert.Inconclusive($"The W3C CSS test suite is not at {suite}; CI always has it.");
        var parser = new HtmlParser();
        var notTests = invalid.Keys.Where(p => !File.Exists(Path.Combine(suite, p)) || ReftestCatalog.ReadTest(parser, suite, p) is null).ToList();
        Assert.That(notTests, Is.Empty, $"{InvalidTestsFile.FileName} lists pages that are not reftests of the suite");
    }
}
