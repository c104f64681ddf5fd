using System.Text;
using Briefc;
using BriefingCompiler.Importing;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Word;

/// <summary>Hostile or broken .docx files: a clear error naming the file, and bounded work, never a crash or a hang.</summary>
public class WordImportHostileTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-hostile-docx-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private CliRun Import(byte[] docx, string name = "hostile.docx")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, docx);
        return CliRun.Of("import", path, "-o", Path.Combine(_folder, "draft.yaml"));
    }

    private void AssertRefused(CliRun run, string reason, string name = "hostile.docx")
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Error);
        Assert.That(run.Error, Does.StartWith($"briefc: error: {Path.Combine(_folder, name)}: cannot import: "));
        Assert.That(run.Error, Does.Contain(reason));
        Assert.That(File.Exists(Path.Combine(_folder, "draft.yaml")), Is.False, "nothing written");
    }

    [Test]
    public void A_zip_bomb_is_refused_after_inflating_at_most_the_limit_into_a_reused_buffer()
    {
        var bomb = HostileDocx.Bomb(DocxPackageGuard.MaxInflatedBytes + (16L << 20));
        Assert.That(bomb.Length, Is.LessThan(2 << 20), "small on disk");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<WordImportException>(() => DocxPackageGuard.Check(bomb))!;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(refused.Message, Does.Contain("inflate to more than 200 MiB (a zip bomb"));
        Assert.That(allocated, Is.LessThan(8 << 20), "memory stays bounded whatever the zip claims");
        AssertRefused(Import(bomb), "a zip bomb");
    }

    [Test]
    public void An_external_entity_is_refused_before_any_XML_is_parsed()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
                  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";

        var run = Import(HostileDocx.Package(("word/document.xml", xxe)));

        AssertRefused(run, "its part word/document.xml declares a DTD (<!DOCTYPE>); Word never writes one and external entities are refused");
        Assert.That(run.Output + run.Error, Does.Not.Contain("root:"));
    }

    [Test]
    public void A_DTD_hidden_behind_a_long_comment_is_still_refused_by_the_XML_reader()
    {
        var hidden = "<?xml version=\"1.0\"?><!--" + new string('x', 10_000) + "--><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";

        var run = Import(HostileDocx.Package(("word/document.xml", hidden)));

        AssertRefused(run, "its XML is not well-formed or declares a DTD");
        Assert.That(run.Output + run.Error, Does.Not.Contain("root:"));
    }

    [Test]
    public void A_billion_laughs_in_the_styles_part_is_refused()
    {
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&b;</w:styles>";

        AssertRefused(Import(HostileDocx.Package(("word/document.xml", HostileDocx.Document("")), ("word/styles.xml", laughs))), "word/styles.xml declares a DTD");
    }

    [Test]
    public void A_hundred_thousand_paragraphs_are_refused_with_the_limit_named()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
            body.Append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");

        AssertRefused(Import(HostileDocx.Package(("word/document.xml", HostileDocx.Document(body.ToString())))), "it has more than 20,000 paragraphs");
    }

    [Test]
    public void A_package_without_its_document_part_is_not_a_Word_document()
    {
        AssertRefused(Import(HostileDocx.Raw(("[Content_Types].xml", HostileDocx.ContentTypes))), "it has no main document part (word/document.xml)");
    }

    [Test]
    public void A_document_part_that_is_not_XML_is_named()
    {
        AssertRefused(Import(HostileDocx.Package(("word/document.xml", "<w:document><unclosed"))), "its XML is not well-formed");
    }

    [Test]
    public void A_file_that_is_not_a_zip_says_how_to_save_it()
    {
        AssertRefused(Import(Encoding.UTF8.GetBytes("{\\rtf1 a Rich Text file renamed to .docx}")), "it is not a .docx file (not a zip archive); save it from Word as \"Word Document (.docx)\"");
    }

    [Test]
    public void A_truncated_docx_is_refused()
    {
        var whole = HostileDocx.Package(("word/document.xml", HostileDocx.Document("<w:p><w:r><w:t>text</w:t></w:r></w:p>")));

        AssertRefused(Import(whole[..(whole.Length / 2)]), "cannot import: ");
    }

    [Test]
    public void A_missing_file_is_a_usage_error()
    {
        var run = CliRun.Of("import", Path.Combine(_folder, "nowhere.docx"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("nowhere.docx does not exist"));
    }

    [Test]
    public void A_document_without_styles_or_numbering_parts_still_imports_what_it_can()
    {
        var body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Session Objective</w:t></w:r></w:p><w:p><w:r><w:t>Meet and talk.</w:t></w:r></w:p>";

        var result = WordImporter.Import(HostileDocx.Package(("word/document.xml", HostileDocx.Document(body))), "plain.docx", "draft.yaml", null);

        Assert.That(result.Draft.Objective, Is.EqualTo("Meet and talk.\n"));
        Assert.That(result.Draft.Language, Is.EqualTo("en"));
    }
}
