using System.Buffers.Binary;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// <c>briefc build --fonts DIR</c> with damaged or unusable fonts in DIR (issue 20, item 5): before, a font whose GSUB
/// table was damaged made every briefing fail with "internal error: … hb-subset failed" (exit 3) without naming the font,
/// and a dangling link with FileNotFoundException. Now each such file is a warning at its path, and the briefing is
/// built with the bundled fonts.
/// </summary>
public class DamagedFontBuildTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-damaged-fonts-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        Directory.CreateDirectory(Path.Combine(_project, "myfonts"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "x.en.yaml");
        // A copy of Noto Sans Bold whose GSUB table is overwritten: the only user face of the template's "Noto Sans".
        var font = File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "fonts", "NotoSans-Bold.ttf"));
        var (offset, length) = Table(font, "GSUB");
        font.AsSpan(offset + 4, length - 4).Fill(0x7F);
        File.WriteAllBytes(Path.Combine(_project, "myfonts", "Damaged.ttf"), font);
        File.CreateSymbolicLink(Path.Combine(_project, "myfonts", "Dangling.ttf"), Path.Combine(_project, "nowhere.ttf"));
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)); i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        throw new ArgumentException($"no '{tag}' table");
    }

    [Test]
    public void A_damaged_font_and_a_dangling_link_are_warnings_at_their_paths_and_the_briefing_is_built_with_the_bundled_fonts()
    {
        var run = CliRun.In(_project, "build", "briefings", "--fonts", "myfonts", "--format", "html,pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var damaged = Path.Combine("myfonts", "Damaged.ttf");
        var dangling = Path.Combine("myfonts", "Dangling.ttf");
        Assert.That(run.Error, Does.Contain($"{damaged}(1,1): warning PDF131: the font Damaged.ttf cannot be used: hb-subset cannot subset it"));
        Assert.That(run.Error, Does.Contain($"{dangling}(1,1): warning PDF131: the font Dangling.ttf cannot be used:"));
        Assert.That(run.Error.Split('\n').Count(l => l.Contains("PDF131")), Is.EqualTo(2), "once per file:\n" + run.Error);

        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "x.en.pdf"));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value)).Replace(" ", "");
        Assert.That(text, Does.Contain("MeetingoftheGACwiththeAt-LargeAdvisoryCommittee(ALAC)"));
        Assert.That(letters.Select(l => l.FontName), Has.Some.Not.Contains("Bold"), "the body is set in the bundled Regular face, not the damaged Bold one");
    }

    [Test]
    public void With_warnings_as_errors_a_damaged_font_fails_the_briefing_and_nothing_is_written()
    {
        var run = CliRun.In(_project, "build", "briefings", "--fonts", "myfonts", "--format", "html,pdf", "--warnings-as-errors");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Error);
        Assert.That(run.Error, Does.Contain("warning PDF131: the font Damaged.ttf cannot be used"));
        Assert.That(File.Exists(Path.Combine(_project, "out", "x.en.pdf")), Is.False);
    }
}
