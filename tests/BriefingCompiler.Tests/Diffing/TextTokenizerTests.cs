using BriefingCompiler.Diffing;

namespace BriefingCompiler.Tests.Diffing;

public class TextTokenizerTests
{
    [Test]
    public void Latin_words_and_numbers_are_whole_tokens_and_punctuation_and_spaces_separate()
    {
        Assert.That(TextTokenizer.Tokenize("ICANN's review (late 2025),  done."),
            Is.EqualTo(new[] { "ICANN's", " ", "review", " ", "(", "late", " ", "2025", ")", ",", "  ", "done", "." }));
    }

    [Test]
    public void Chinese_is_one_token_per_character_with_embedded_latin_words_whole()
    {
        Assert.That(TextTokenizer.Tokenize("WSIS+20：反思与未来"),
            Is.EqualTo(new[] { "WSIS", "+", "20", "：", "反", "思", "与", "未", "来" }));
    }

    [Test]
    public void Kana_and_hangul_are_one_token_per_character()
    {
        Assert.That(TextTokenizer.Tokenize("ひらがなカタカナ"), Has.Count.EqualTo(8));
        Assert.That(TextTokenizer.Tokenize("한국어 문장"), Is.EqualTo(new[] { "한", "국", "어", " ", "문", "장" }));
    }

    [Test]
    public void Supplementary_ideographs_and_accented_words_stay_intact()
    {
        Assert.That(TextTokenizer.Tokenize("𠀀𠀁"), Is.EqualTo(new[] { "𠀀", "𠀁" }));
        Assert.That(TextTokenizer.Tokenize("réunion d’information"), Is.EqualTo(new[] { "réunion", " ", "d’information" }));
        Assert.That(TextTokenizer.Tokenize("встреча ГАК"), Is.EqualTo(new[] { "встреча", " ", "ГАК" }));
        // Arabic words keep their combining marks (here a shadda and fatha) inside the word.
        Assert.That(TextTokenizer.Tokenize("اللجنة الاستشاريّة، 2025"), Is.EqualTo(new[] { "اللجنة", " ", "الاستشاريّة", "،", " ", "2025" }));
    }

    [TestCase("The GAC and the ALAC — 15 members, 5 RALOs.")]
    [TestCase("GAC 和一般会员咨询委员会 (At-Large Advisory Committee, ALAC) 定期召开会议。")]
    [TestCase("")]
    [TestCase("  \n\t")]
    public void Tokens_concatenate_back_to_the_input(string text)
    {
        Assert.That(string.Concat(TextTokenizer.Tokenize(text)), Is.EqualTo(text));
    }
}
