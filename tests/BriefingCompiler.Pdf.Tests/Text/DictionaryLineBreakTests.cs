using System.Globalization;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Issue 17: Thai, Lao, Khmer and Myanmar (UAX #14 class SA) break between dictionary words, never inside one
/// (except at a grapheme cluster boundary when a single word is wider than the line).
/// </summary>
public class DictionaryLineBreakTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    // A paragraph of a briefing, written as its words (the spaces mark word boundaries only; the text has the one
    // space a Thai writer puts between clauses). Every word is a word of Thai, as ICU's word break iterator also
    // divides the paragraph.
    private static readonly string[] ThaiWords =
    [
        "การ", "ประชุม", "คณะ", "กรรมการ", "ที่", "ปรึกษา", "ภาค", "รัฐ", "ครั้ง", "นี้", "จะ", "พิจารณา", "ร่าง", "ข้อ",
        "เสนอ", "เกี่ยว", "กับ", "การ", "บริหาร", "จัดการ", "ชื่อ", "โดเมน", "ระดับ", "บน", "สุด", "และ", "ความ",
        "ปลอดภัย", "ของ", "ระบบ", "อินเทอร์เน็ต", " ", "โดย", "ผู้", "แทน", "จาก", "ประเทศ", "สมาชิก", "จะ", "แสดง",
        "ความ", "คิด", "เห็น", "ต่อ", "แผน", "งบ", "ประมาณ", "ประจำ", "ปี",
    ];

    private static readonly string[] LaoWords =
        ["ກອງ", "ປະຊຸມ", "ຄະນະ", "ກຳມະການ", "ທີ່ປຶກສາ", "ລັດຖະບານ", "ຈະ", "ພິຈາລະນາ", "ຮ່າງ", "ບົດ", "ສະເໜີ", "ກ່ຽວກັບ", "ການ"];

    private static readonly string[] KhmerWords =
        ["កិច្ចប្រជុំ", "គណៈកម្មាធិការ", "ប្រឹក្សា", "រដ្ឋាភិបាល", "នឹង", "ពិនិត្យ", "សេចក្តី", "ព្រាង", "សំណើ", "ស្តី", "ពី"];

    private static readonly string[] MyanmarWords =
        ["အစိုးရ", "အကြံပေး", "ကော်မတီ", "အစည်းအဝေး", "သည်", "အဆိုပြု", "ချက်", "မူ", "ကြမ်း", "ကို", "ဆွေးနွေး", "မည်"];

    /// <summary>The offsets where the words of <paramref name="words"/> start in their joined text.</summary>
    private static HashSet<int> WordStarts(string[] words)
    {
        var starts = new HashSet<int>();
        var offset = 0;
        foreach (var word in words)
        {
            starts.Add(offset);
            offset += word.Length;
        }

        starts.Add(offset);
        return starts;
    }

    private static List<(int Start, int End)> Lines(string text, float width, bool breakWordsAnywhere = false)
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f, BreakWordsAnywhere: breakWordsAnywhere);
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(text, style), Is.Empty, "every character has a glyph");
        using var layouter = fonts.Build();
        return layouter.Layout([new TextRun(text, style)], width).Select(l => (l.SourceStart, l.SourceEnd)).ToList();
    }

    [TestCase(60f)]
    [TestCase(90f)]
    [TestCase(140f)]
    [TestCase(220f)]
    public void Thai_paragraph_breaks_only_between_its_words(float width)
    {
        var text = string.Concat(ThaiWords);
        var boundaries = WordStarts(ThaiWords);
        var lines = Lines(text, width);

        Assert.That(lines, Has.Count.GreaterThan(text.Length / 40), "a line holds some words, not the paragraph");
        Assert.That(lines.Select(l => l.Start).Where(s => !boundaries.Contains(s)).Select(s => text.Substring(0, s)), Is.Empty,
            "each line starts where a word starts");
        Assert.That(string.Concat(lines.Select(l => text[l.Start..l.End])), Is.EqualTo(text));
    }

    [Test]
    public void Thai_word_boundaries_are_found_between_words_only()
    {
        var text = string.Concat(ThaiWords);
        var starts = DictionaryWordBreaker.FindWordStarts(text);
        var boundaries = WordStarts(ThaiWords);

        Assert.That(starts.Where(s => !boundaries.Contains(s)), Is.Empty);
        // Before this change a Thai paragraph broke only at its one space.
        Assert.That(starts, Has.Count.GreaterThanOrEqualTo(ThaiWords.Length - 8), "nearly every word boundary is found");
    }

    [TestCase("Lao")]
    [TestCase("Khmer")]
    [TestCase("Myanmar")]
    public void Lao_khmer_and_myanmar_break_between_words(string script)
    {
        var words = script switch { "Lao" => LaoWords, "Khmer" => KhmerWords, _ => MyanmarWords };
        var text = string.Concat(words);
        var boundaries = WordStarts(words);
        var lines = Lines(text, 80f);

        Assert.That(lines, Has.Count.GreaterThan(2));
        Assert.That(lines.Select(l => l.Start).Where(s => !boundaries.Contains(s)).Select(s => text.Substring(0, s)), Is.Empty,
            "each line starts where a word starts");
        Assert.That(string.Concat(lines.Select(l => text[l.Start..l.End])), Is.EqualTo(text));
    }

    [Test]
    public void A_word_wider_than_the_line_is_cut_between_grapheme_clusters_only()
    {
        const string word = "อินเทอร์เน็ต"; // one word (internet), marks above and below its consonants
        var lines = Lines(word, 12f, breakWordsAnywhere: true);
        var clusterStarts = StringInfo.ParseCombiningCharacters(word).ToHashSet();

        Assert.That(lines, Has.Count.GreaterThan(1));
        Assert.That(lines.Select(l => l.Start).Where(s => !clusterStarts.Contains(s)), Is.Empty);
    }

    [Test]
    public void A_name_missing_from_the_dictionary_keeps_the_words_around_it_and_its_silent_letter()
    {
        // การ|ประชุม|ไอแคนน์|ครั้ง|นี้ — "ไอแคนน์" (ICANN, transliterated) is not in the dictionary; its last
        // letter is silenced by ์ and is read with the syllable before it, so no line may start with "น์".
        const string text = "การประชุมไอแคนน์ครั้งนี้";
        var starts = DictionaryWordBreaker.FindWordStarts(text);
        Assert.That(starts, Is.SupersetOf(new[] { 3, 9, 16, 21 }));
        Assert.That(starts, Does.Not.Contain(14), "never before a silenced consonant");
        // Inside the name the dictionary can only guess (ไอ and แค are words; ICU gives ไอ|แคน|น์): a guess is a
        // place a line may break, at a grapheme cluster boundary, never before the silenced น์.
        Assert.That(starts.Where(s => s > 9 && s < 16), Is.SubsetOf(StringInfo.ParseCombiningCharacters(text)));
    }

    [Test]
    public void Latin_text_costs_no_dictionary()
    {
        const string text = "The Governmental Advisory Committee meets on Monday.";
        var breaks = LineBreaker.FindBreaks(text);
        var style = new TextStyle(["Noto Sans"], 12f);
        Assert.That(DictionaryWordBreaker.NeedsDictionary(text), Is.False);
        Assert.That(BreakOpportunityTailoring.Apply(breaks, [new TextRun(text, style)], text), Is.SameAs(breaks),
            "no tailoring: the UAX #14 list is used as it is");
    }

    [TestCase("thaidict.dict", "ประชุม")]
    [TestCase("laodict.dict", "ປະຊຸມ")]
    [TestCase("khmerdict.dict", "រដ្ឋាភិបាល")]
    [TestCase("burmesedict.dict", "ကော်မတီ")]
    public void Each_bundled_dictionary_reads_and_knows_a_word(string file, string word)
    {
        var index = BundledBreakDictionaries.Files.ToList().FindIndex(f => f.File == file);
        var dictionary = BundledBreakDictionaries.Get(index);
        Assert.That(dictionary.Contains(word), Is.True);
        Assert.That(dictionary.Contains(word + word[0]), Is.False);
        Assert.That(BundledBreakDictionaries.IndexFor(word[0]), Is.EqualTo(index));
    }

    [Test]
    public void A_file_that_is_not_a_break_dictionary_is_refused_with_its_name()
    {
        var bytes = new byte[64];
        Assert.That(() => BreakDictionary.Read(bytes, "broken.dict"),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("broken.dict"));
    }
}
