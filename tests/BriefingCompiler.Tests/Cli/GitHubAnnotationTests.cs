using Briefc.Reporting;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Tests.Cli;

public class GitHubAnnotationTests
{
    [Test]
    public void Properties_and_message_are_escaped_as_github_requires()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "BRF3010", "50% sure\nsecond line",
            new SourceSpan("dir,with:odd/x.yaml", 2, 11, 2, 14));

        Assert.That(TextDiagnosticReporter.GitHubAnnotation(diagnostic), Is.EqualTo(
            "::warning file=dir%2Cwith%3Aodd/x.yaml,line=2,col=11,endLine=2,endColumn=14,title=BRF3010::50%25 sure%0Asecond line"));
    }
}
