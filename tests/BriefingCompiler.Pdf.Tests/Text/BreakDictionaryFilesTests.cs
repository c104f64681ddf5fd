using System.Globalization;
using System.Security.Cryptography;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>Keeps break-dictionaries/ (the files, their README table and licence) and
/// <see cref="BundledBreakDictionaries"/> in step.</summary>
public class BreakDictionaryFilesTests
{
    private static string Folder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "break-dictionaries", "README.md"))) return Path.Combine(dir.FullName, "break-dictionaries");
        throw new DirectoryNotFoundException("break-dictionaries/ not found above the test directory");
    }

    [Test]
    public void Every_file_is_bundled_and_listed_with_its_size_hash_and_base()
    {
        var folder = Folder();
        var files = Directory.GetFiles(folder, "*.dict").Select(Path.GetFileName).Order().ToList();
        Assert.That(files, Is.EqualTo(BundledBreakDictionaries.Files.Select(f => f.File).Order().ToList()));

        var rows = File.ReadAllLines(Path.Combine(folder, "README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(c => c[1].Trim('`'));
        foreach (var (file, script, blocks) in BundledBreakDictionaries.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            Assert.That(rows.ContainsKey(file), Is.True, $"{file} has no row in break-dictionaries/README.md");
            var row = rows[file];
            Assert.That(row[2], Is.EqualTo(script), file);
            Assert.That(row[6], Is.EqualTo(bytes.Length.ToString("N0", CultureInfo.InvariantCulture)), $"{file}: bytes");
            Assert.That(row[7].Trim('`'), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))), $"{file}: SHA-256");
            var dictionary = BreakDictionary.Read(bytes, file);
            Assert.That(row[3], Is.EqualTo($"U+{dictionary.BaseCodePoint:X4}"), $"{file}: base");
            Assert.That(blocks[0].First, Is.EqualTo(dictionary.BaseCodePoint), $"{file}: the script's first block starts at the base");
        }
    }

    [Test]
    public void The_licence_travels_with_the_files()
    {
        var licence = File.ReadAllText(Path.Combine(Folder(), "LICENSE.txt"));
        Assert.That(licence, Does.Contain("Lao Word Break Dictionary Data").And.Contain("Burmese Word Break Dictionary Data")
            .And.Contain("Unicode, Inc."));
        using var embedded = typeof(BreakDictionary).Assembly.GetManifestResourceStream("BriefingCompiler.Pdf.BreakDictionaries.LICENSE.txt");
        Assert.That(embedded, Is.Not.Null);
    }
}
