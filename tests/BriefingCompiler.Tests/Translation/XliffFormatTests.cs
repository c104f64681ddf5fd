using System.Xml;
using System.Xml.Linq;
using BriefingCompiler.Translation;
using static BriefingCompiler.Tests.Translation.TranslationFixture;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// The XLIFF files against the rules of the OASIS specifications that can be checked without the schema files: well
/// formed, the core namespace, the required attributes, unique ids, inline codes that pair and point at their data.
/// </summary>
public class XliffFormatTests
{
    private static readonly XNamespace Xliff2 = XliffWriter.Namespace20;
    private static readonly XNamespace Xliff12 = XliffWriter.Namespace12;

    private static XDocument Extract(string from, string to, XliffVersion version)
    {
        var source = Load(Sample(from));
        var planned = TranslationPlanner.Plan(source, Load(Sample(to)), null);
        var bytes = XliffWriter.Write(planned, version, source.Language, to, "icann81-gac-alac.zh.yaml");
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    [Test]
    public void XLIFF_2_1_has_the_core_namespace_required_attributes_unique_ids_and_paired_codes()
    {
        var document = Extract("zh", "en", XliffVersion.V21);

        var root = document.Root!;
        Assert.Multiple(() =>
        {
            Assert.That(root.Name, Is.EqualTo(Xliff2 + "xliff"));
            Assert.That((string?)root.Attribute("version"), Is.EqualTo("2.1"));
            Assert.That((string?)root.Attribute("srcLang"), Is.EqualTo("zh"));
            Assert.That((string?)root.Attribute("trgLang"), Is.EqualTo("en"));
            Assert.That(root.Descendants().All(e => e.Name.Namespace == Xliff2), "every element in the core namespace");
            var file = root.Element(Xliff2 + "file")!;
            Assert.That((string?)file.Attribute("id"), Is.Not.Empty);
            var units = file.Elements(Xliff2 + "unit").ToList();
            Assert.That(units, Has.Count.EqualTo(34)); // 33 until the Chinese background gained its figure, a block of its own
            Assert.That(units.Select(u => (string?)u.Attribute("id")), Is.Unique.And.All.Not.Null);
            Assert.That(units.Select(u => u.Attribute("id")!.Value), Has.All.Matches<string>(id => XmlConvert.VerifyNMTOKEN(id!) == id));
            foreach (var unit in units)
            {
                // A unit's sentences: segments (source before target, a state each) with the space between them as ignorables.
                var parts = unit.Elements().Where(e => e.Name == Xliff2 + "segment" || e.Name == Xliff2 + "ignorable").ToList();
                var segments = parts.Where(e => e.Name == Xliff2 + "segment").ToList();
                Assert.That(segments, Is.Not.Empty);
                foreach (var segment in segments)
                {
                    Assert.That(segment.Elements().First().Name, Is.EqualTo(Xliff2 + "source"), "source before target");
                    Assert.That((string?)segment.Attribute("state"), Is.AnyOf("initial", "translated", "reviewed", "final"));
                }
                foreach (var ignorable in parts.Where(e => e.Name == Xliff2 + "ignorable"))
                    Assert.That(ignorable.Element(Xliff2 + "source")!.Value, Does.Match(@"^\s*$"), "only the space between sentences is ignorable (none after 。, the translation's own in its target)");
                if (segments.Count > 1)
                    Assert.That(segments.Select(s => (string?)s.Attribute("id")), Is.Unique.And.All.Not.Null, "segment ids");
                var data = unit.Element(Xliff2 + "originalData")?.Elements(Xliff2 + "data").Select(d => (string)d.Attribute("id")!).ToList() ?? [];
                Assert.That(data, Is.Unique);
                var sourceCodes = segments.SelectMany(s => Codes(s.Element(Xliff2 + "source")!)).ToList();
                Assert.That(sourceCodes.Select(c => c.Id).Concat(segments.Select(s => (string?)s.Attribute("id")).OfType<string>()), Is.Unique,
                    "code and segment ids unique within the unit");
                foreach (var reference in sourceCodes.SelectMany(c => c.DataRefs))
                    Assert.That(data, Does.Contain(reference), $"{unit.Attribute("id")}: dataRef {reference}");
                Assert.That(data, Has.Count.EqualTo(sourceCodes.Sum(c => c.DataRefs.Count)), "every data is referred to");
                var targets = segments.Select(s => s.Element(Xliff2 + "target")).OfType<XElement>().ToList();
                if (targets.Count > 0)
                {
                    Assert.That(targets, Has.Count.EqualTo(segments.Count), "every segment translated, or none");
                    Assert.That(targets.SelectMany(Codes).Select(c => c.Id), Is.EquivalentTo(sourceCodes.Select(c => c.Id)), "the target's codes are the source's");
                }
            }
            var segmented = units.Where(u => u.Elements(Xliff2 + "segment").Count() > 1).ToList();
            Assert.That(segmented, Has.Count.GreaterThan(5), "the sample's paragraphs of several sentences are segmented");
            Assert.That(segmented.SelectMany(u => u.Descendants(Xliff2 + "source")).Select(s => s.Value), Has.Some.EndWith("。"), "Chinese full stops end segments");
            var codes = units.SelectMany(u => u.Descendants(Xliff2 + "pc")).ToList();
            Assert.That(codes, Is.Not.Empty, "the samples' bold list items are paired codes");
            Assert.That(codes.All(pc => pc.Attribute("dataRefStart") is not null && pc.Attribute("dataRefEnd") is not null));
        });
    }

    private static List<(string Id, IReadOnlyList<string> DataRefs)> Codes(XElement content) =>
        [.. content.Descendants().Where(e => e.Name == Xliff2 + "pc" || e.Name == Xliff2 + "ph").Select(e => ((string)e.Attribute("id")!,
            (IReadOnlyList<string>)new[] { "dataRef", "dataRefStart", "dataRefEnd" }.Select(a => (string?)e.Attribute(a)).OfType<string>().ToList()))];

    [Test]
    public void XLIFF_1_2_has_its_namespace_file_attributes_and_a_target_state_per_unit()
    {
        var document = Extract("en", "ar", XliffVersion.V12);

        var file = document.Root!.Element(Xliff12 + "file")!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)document.Root!.Attribute("version"), Is.EqualTo("1.2"));
            foreach (var attribute in new[] { "original", "source-language", "datatype" })
                Assert.That(file.Attribute(attribute), Is.Not.Null, attribute);
            var units = file.Element(Xliff12 + "body")!.Elements(Xliff12 + "trans-unit").ToList();
            Assert.That(units.Select(u => (string?)u.Attribute("id")), Is.Unique.And.All.Not.Null);
            Assert.That(units.All(u => (string?)u.Element(Xliff12 + "target")!.Attribute("state") == "translated"));
            Assert.That(units.SelectMany(u => u.Descendants(Xliff12 + "g")), Is.Not.Empty);
            // Sentences: a seg-source whose marks are the source's text, and the target marked the same.
            var segmented = units.Where(u => u.Element(Xliff12 + "seg-source") is not null).ToList();
            Assert.That(segmented, Is.Not.Empty);
            foreach (var unit in segmented)
            {
                var marks = unit.Element(Xliff12 + "seg-source")!.Elements(Xliff12 + "mrk").ToList();
                Assert.That(marks, Has.Count.GreaterThan(1));
                Assert.That(marks.All(m => (string?)m.Attribute("mtype") == "seg"));
                Assert.That(marks.Select(m => (string?)m.Attribute("mid")), Is.Unique.And.All.Not.Null);
                Assert.That(unit.Element(Xliff12 + "seg-source")!.Value, Is.EqualTo(unit.Element(Xliff12 + "source")!.Value), "the sentences are the source");
                Assert.That(unit.Element(Xliff12 + "target")!.Elements(Xliff12 + "mrk").Select(m => (string?)m.Attribute("mid")), Is.EqualTo(marks.Select(m => (string?)m.Attribute("mid"))));
            }
        });
    }

    [Test]
    public void The_same_source_gives_the_same_bytes()
    {
        var source = Load(Sample("en"));
        var first = XliffWriter.Write(TranslationPlanner.Plan(source, null, null), XliffVersion.V21, "en", "fr", "x.en.yaml");
        var second = XliffWriter.Write(TranslationPlanner.Plan(Load(Sample("en")), null, null), XliffVersion.V21, "en", "fr", "x.en.yaml");
        Assert.That(second, Is.EqualTo(first));
    }
}
