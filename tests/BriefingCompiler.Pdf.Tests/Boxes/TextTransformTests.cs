using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Tests.Boxes;

/// <summary>
/// text-transform's case mappings beyond upper-casing each letter alone (CSS Text 3 §2.1): title case for
/// capitalize, the final sigma when lower-casing, and Greek's accent removal when upper-casing Greek text.
/// </summary>
public class TextTransformTests
{
    private static string Transform(string text, string transform, string? language = null)
    {
        var inWord = false;
        return InlineCollector.Transform(text, transform, language, ref inWord);
    }

    [Test]
    public void Capitalize_gives_the_digraphs_their_title_case()
    {
        Assert.That(Transform("\u01C6\u01C6\u01C6 \u01C4\u01C6 \u01C9x \u01F3y", "capitalize"), Is.EqualTo("\u01C5\u01C6\u01C6 \u01C5\u01C6 \u01C8x \u01F2y"));
        Assert.That(Transform("one two", "capitalize"), Is.EqualTo("One Two"));
    }

    [Test]
    public void Lowercase_gives_a_sigma_at_the_end_of_a_word_its_final_form()
    {
        Assert.That(Transform("ΟΔΥΣΣΕΥΣ ΣΟΣ Σ", "lowercase"), Is.EqualTo("οδυσσευς σος σ"));
    }

    [Test]
    public void Uppercase_greek_text_drops_the_accents_as_greek_typesetting_does()
    {
        Assert.That(Transform("καλημέρα αύριο", "uppercase", "el"), Is.EqualTo("ΚΑΛΗΜΕΡΑ ΑΥΡΙΟ"));
        Assert.That(Transform("ευφυΐα Νεράιδα", "uppercase", "el-GR"), Is.EqualTo("ΕΥΦΥΪΑ ΝΕΡΑΪΔΑ"), "the diaeresis stays, or appears where the accent kept two vowels apart");
        Assert.That(Transform("ήσουν ή εγώ ή εσύ", "uppercase", "el"), Is.EqualTo("ΗΣΟΥΝ Ή ΕΓΩ Ή ΕΣΥ"), "the disjunctive ή alone keeps its accent");
        Assert.That(Transform("καλημέρα", "uppercase"), Is.EqualTo("ΚΑΛΗΜΈΡΑ"), "in text of another (or no) language the accents stay");
        Assert.That(Transform("καλημέρα", "uppercase", "el").Length, Is.EqualTo("καλημέρα".Length), "one character for one");
    }
}
