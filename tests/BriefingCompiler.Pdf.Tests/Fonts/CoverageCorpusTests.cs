using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Tests.Text;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// The coverage corpus (issue 17): a paragraph in each script of the official languages of the UN member states, and
/// the symbols, emoji and maths that briefings pick up from chat and office documents, each set with the built-in
/// template's font list and its language, written to PDF and read back. Every character must find a glyph in the
/// bundled fonts (no PDF130, no .notdef drawn) and the paragraph must read back as typed.
/// </summary>
public class CoverageCorpusTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    /// <summary>The built-in template's body font list (templates/briefing.html.sbn).</summary>
    private static readonly string[] TemplateFamilies = ["Noto Sans", "Noto Naskh Arabic", "sans-serif"];

    public static IEnumerable<TestCaseData> Corpus()
    {
        TestCaseData Case(string language, string text, bool rightToLeft = false) =>
            new TestCaseData(language, text, rightToLeft).SetArgDisplayNames(language);

        // Latin, with the letters of the languages that need more than ASCII.
        yield return Case("en", "United Nations Security Council, 10th meeting");
        yield return Case("fr", "Organisation des Nations Unies : l’Assemblée générale s’est réunie à Genève");
        yield return Case("vi", "Liên Hợp Quốc — Đại hội đồng họp phiên thứ tám mươi");
        yield return Case("tr", "Birleşmiş Milletler Güvenlik Konseyi İstanbul’da toplandı");
        yield return Case("ro", "Organizația Națiunilor Unite și Consiliul de Securitate");
        yield return Case("pl", "Organizacja Narodów Zjednoczonych, Zgromadzenie Ogólne");
        yield return Case("yo", "Àjọ Ìsọ̀kan Àgbáyé");
        yield return Case("el", "Οργανισμός Ηνωμένων Εθνών");
        yield return Case("ru", "Организация Объединённых Наций");
        yield return Case("sr", "Уједињене нације, Савет безбедности");
        yield return Case("kk", "Біріккен Ұлттар Ұйымы");
        yield return Case("mn", "Нэгдсэн Үндэстний Байгууллага");
        yield return Case("hy", "Միավորված ազգերի կազմակերպություն");
        yield return Case("ka", "გაერთიანებული ერების ორგანიზაცია");
        yield return Case("he", "האומות המאוחדות, מועצה", rightToLeft: true);
        yield return Case("ar", "الأمم المتحدة", rightToLeft: true);
        yield return Case("fa", "سازمان ملل متحد", rightToLeft: true);
        yield return Case("ur", "اقوام متحدہ", rightToLeft: true);
        yield return Case("dv", "އެކުވެރި ޤައުމުތައް", rightToLeft: true);
        yield return Case("hi", "संयुक्त राष्ट्र सुरक्षा परिषद");
        yield return Case("ne", "संयुक्त राष्ट्र संघ");
        yield return Case("bn", "জাতিসংঘ নিরাপত্তা পরিষদ");
        yield return Case("pa", "ਸੰਯੁਕਤ ਰਾਸ਼ਟਰ");
        yield return Case("gu", "સંયુક્ત રાષ્ટ્ર");
        yield return Case("or", "ସଂଯୁକ୍ତ ରାଷ୍ଟ୍ର");
        yield return Case("ta", "ஐக்கிய நாடுகள்");
        yield return Case("te", "ఐక్యరాజ్య సమితి");
        yield return Case("kn", "ವಿಶ್ವಸಂಸ್ಥೆ");
        yield return Case("ml", "ഐക്യരാഷ്ട്രസഭ");
        yield return Case("si", "එක්සත් ජාතීන්ගේ සංවිධානය");
        yield return Case("th", "องค์การสหประชาชาติ ประเทศไทย");
        yield return Case("lo", "ອົງການສະຫະປະຊາຊາດ");
        yield return Case("km", "អង្គការសហប្រជាជាតិ");
        yield return Case("my", "ကုလသမဂ္ဂ");
        yield return Case("dz", "འབྲུག་ཡུལ།");
        yield return Case("am", "የተባበሩት መንግሥታት ድርጅት");
        yield return Case("ti", "ሕቡራት ሃገራት");
        yield return Case("zgh", "ⵜⴰⵎⴰⵣⵉⵖⵜ");
        yield return Case("mn-Mong", "ᠮᠣᠩᠭᠣᠯ");
        yield return Case("zh-Hans", "联合国安全理事会，直骨角。");
        yield return Case("zh-Hant", "聯合國安全理事會，直骨角。");
        yield return Case("zh-HK", "聯合國安全理事會");
        yield return Case("ja", "国際連合安全保障理事会、ひらがな・カタカナ。");
        yield return Case("ko", "국제연합 안전보장이사회, 한국어");
        yield return Case("und-Zsym", "Check list: ✔ ✓ ✗ ✘ ☐ ☑ ☒ ★ → ⇒ • § ¶ † ‡ ©");
        yield return Case("und-Zsye", "Chat: 👍 🌐 ✅ ❌ 🇺🇳 🇫🇷 1️⃣ #️⃣ 👩‍💻 👍🏽 ☎️ ❤️");
        yield return Case("und-Zmth", "Maths: 𝐁𝐫𝐢𝐞𝐟𝐢𝐧𝐠 𝑥² ∑ ∫ ∞ ≤ ≠ ∈ ℝ ⊂ √2");
    }

    [TestCaseSource(nameof(Corpus))]
    public void Every_character_has_a_glyph_and_the_paragraph_reads_back(string language, string text, bool rightToLeft)
    {
        var style = new TextStyle(TemplateFamilies, 12f, Language: language);
        // Wide enough for one line of each paragraph; a right-to-left line starts at the right edge, which must stay
        // on the page.
        var result = TextPdfWriter.Write(catalog, [[new TextRun(text, style)]], TextAlignment.Start, rightToLeft,
            width: rightToLeft ? 400f : 560f);
        Assert.That(result.Missing, Is.Empty, "characters without a glyph");
        var runs = result.Lines.SelectMany(l => l.Runs).ToList();
        Assert.That(runs.Where(r => r.Glyphs.Contains((ushort)0)).Select(r => r.Text), Is.Empty, ".notdef drawn");
        Assert.That(result.Lines, Has.Count.EqualTo(1));
        Assert.That(PdfTextReader.ReadLine(PdfTextReader.Read(result.Pdf), rightToLeft), Is.EqualTo(text));
    }
}
