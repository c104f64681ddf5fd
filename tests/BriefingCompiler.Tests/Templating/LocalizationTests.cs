using BriefingCompiler.Model;
using BriefingCompiler.Localization;

namespace BriefingCompiler.Tests.Templating;

/// <summary>Labels and dates as a reader of each built-in language expects them.</summary>
public class LocalizationTests
{
    private static readonly DateOnly FourthNovember = new(2024, 11, 4);

    [TestCase("en", "4 November 2024")]
    [TestCase("zh", "2024 年 11 月 4 日")]
    [TestCase("fr", "4 novembre 2024")]
    [TestCase("es", "4 de noviembre de 2024")]
    [TestCase("ru", "4 ноября 2024 г.")]
    [TestCase("ar", "4 نوفمبر 2024")]
    [TestCase("zh-Hans-CN", "2024 年 11 月 4 日")]
    [TestCase("en-GB", "4 November 2024")]
    [TestCase("de", "4 November 2024")]
    [TestCase("ja", "2024年11月4日")]
    [TestCase("ko", "2024년 11월 4일")]
    [TestCase("zh-Hant", "2024 年 11 月 4 日")]
    public void Dates_are_written_for_the_language(string language, string expected) =>
        Assert.That(DateFormatter.Format(FourthNovember, language), Is.EqualTo(expected));

    [Test]
    public void Every_month_has_its_own_name_in_every_language()
    {
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            var names = Enumerable.Range(1, 12).Select(m => DateFormatter.Format(new DateOnly(2025, m, 15), language)).ToList();
            Assert.That(names, Is.Unique, language);
        }
        Assert.That(DateFormatter.Format(new DateOnly(2025, 3, 8), "ru"), Is.EqualTo("8 марта 2025 г."), "genitive");
        Assert.That(DateFormatter.Format(new DateOnly(2025, 8, 20), "fr"), Is.EqualTo("20 août 2025"));
        Assert.That(DateFormatter.Format(new DateOnly(2025, 5, 1), "fr"), Is.EqualTo("1er mai 2025"), "French ordinal first day");
        Assert.That(DateFormatter.Format(new DateOnly(2025, 1, 31), "ar"), Is.EqualTo("31 يناير 2025"));
        Assert.That(DateFormatter.Format(new DateOnly(2025, 9, 2), "es"), Is.EqualTo("2 de septiembre de 2025"));
    }

    [TestCase("en", "9–14 November 2024")]
    [TestCase("zh", "2024 年 11 月 9 日至 14 日")]
    [TestCase("fr", "9–14 novembre 2024")]
    [TestCase("es", "9–14 de noviembre de 2024")]
    [TestCase("ru", "9–14 ноября 2024 г.")]
    [TestCase("ar", "9–14 نوفمبر 2024")]
    [TestCase("ja", "2024年11月9日～14日")]
    [TestCase("ko", "2024년 11월 9일～14일")]
    public void Meeting_dates_in_one_month_are_shortened(string language, string expected) =>
        Assert.That(DateFormatter.FormatRange(new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 14), language), Is.EqualTo(expected));

    [Test]
    public void Meeting_dates_across_months_are_written_in_full()
    {
        Assert.That(DateFormatter.FormatRange(new DateOnly(2024, 10, 30), new DateOnly(2024, 11, 2), "en"), Is.EqualTo("30 October 2024 – 2 November 2024"));
        Assert.That(DateFormatter.FormatRange(new DateOnly(2024, 10, 30), new DateOnly(2024, 11, 2), "zh"), Is.EqualTo("2024 年 10 月 30 日至2024 年 11 月 2 日"));
        Assert.That(DateFormatter.FormatRange(new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 9), "en"), Is.EqualTo("9 November 2024"));
    }

    [Test]
    public void Every_built_in_language_has_every_label_with_its_placeholders()
    {
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            var labels = BuiltInLabels.For(language);
            Assert.That(labels.Keys, Is.EquivalentTo(LabelKeys.All), language);
            Assert.That(labels.Values, Has.All.Not.Empty, language);
            foreach (var (key, placeholders) in LabelKeys.Placeholders)
                Assert.That(placeholders.All(labels[key].Contains), $"{language}.{key} = {labels[key]}");
            Assert.That(labels["translation_notice"], Does.Contain("{0}"), language);
        }
    }

    [TestCase("en", "Session Objective", "Current Positions", "Version 2", "tentative", "DRAFT")]
    [TestCase("zh", "会议目标", "当前立场", "第 2 版", "待定", "草稿")]
    [TestCase("fr", "Objectif de la séance", "Positions actuelles", "Version 2", "à confirmer", "PROJET")]
    [TestCase("es", "Objetivo de la sesión", "Posiciones actuales", "Versión 2", "por confirmar", "BORRADOR")]
    [TestCase("ru", "Цель заседания", "Текущие позиции", "Версия 2", "предварительно", "ПРОЕКТ")]
    [TestCase("ar", "هدف الجلسة", "المواقف الحالية", "الإصدار 2", "مبدئي", "مسودة")]
    [TestCase("ja", "会合の目的", "現在の立場", "第 2 版", "未定", "草案")]
    [TestCase("ko", "회의 목적", "현재 입장", "제2판", "미정", "초안")]
    [TestCase("zh-Hant", "會議目標", "當前立場", "第 2 版", "待定", "草稿")]
    [TestCase("zh-TW", "會議目標", "當前立場", "第 2 版", "待定", "草稿")]
    [TestCase("zh-Hans-HK", "会议目标", "当前立场", "第 2 版", "待定", "草稿")]
    public void Rendered_briefing_uses_the_labels_and_dates_of_its_language(string language, string objective, string positions, string version, string tentative, string draft)
    {
        var briefing = BriefingFixtures.InLanguage(language);
        briefing = briefing with { DocumentControl = briefing.DocumentControl with { Status = DocumentStatus.Draft } };
        var doc = RenderedDocument.Render(briefing);

        Assert.That(doc.QuerySelector("#objective h2")!.Text(), Is.EqualTo(objective));
        Assert.That(doc.QuerySelector("#positions h2")!.Text(), Is.EqualTo(positions));
        Assert.That(doc.QuerySelector(".running-header")!.Text(), Does.StartWith(draft + " · " + version + " · " + DateFormatter.Format(FourthNovember, language) + " · "));
        Assert.That(doc.QuerySelector("#agenda-3 .tentative")!.Text(), Does.Contain(tentative));
    }

    [TestCase("2024年11月4日", "ja")]
    [TestCase("2024년 11월 4일", "ko")]
    [TestCase("2024 年 11 月 4 日", "zh-Hant")]
    public void Dates_written_in_japanese_korean_and_traditional_chinese_read_back(string text, string language) =>
        Assert.That(DateParser.Parse(text, language), Is.EqualTo(FourthNovember));

    [TestCase("en", "ja", "Japanese")]
    [TestCase("ja", "en", "英語")]
    [TestCase("ko", "zh", "중국어")]
    [TestCase("zh-Hant", "ko", "韓文")]
    [TestCase("zh", "ko", "韩文")]
    public void Language_names_for_the_translation_notice(string language, string other, string expected) =>
        Assert.That(LanguageConventions.LanguageName(other, language), Is.EqualTo(expected));

    [Test]
    public void Other_languages_get_English_labels_and_their_own_tag()
    {
        var doc = RenderedDocument.Render(BriefingFixtures.InLanguage("de"));
        Assert.That(doc.QuerySelector("#objective h2")!.Text(), Is.EqualTo("Session Objective"));
        Assert.That(doc.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
        Assert.That(RenderedDocument.Render(BriefingFixtures.InLanguage("fa")).DocumentElement.GetAttribute("dir"), Is.EqualTo("rtl"));
    }

    [Test]
    public void Document_labels_override_the_built_in_ones()
    {
        var briefing = BriefingFixtures.English() with
        {
            Labels = new Dictionary<string, string> { ["agenda"] = "Programme", ["version"] = "Edition {0}", ["page"] = "{0}/{1}" },
        };
        var html = RenderedDocument.Html(briefing);
        var doc = RenderedDocument.Parse(html);
        Assert.That(doc.QuerySelector("#agenda h2")!.Text(), Is.EqualTo("Programme"));
        Assert.That(doc.QuerySelector(".running-header")!.Text(), Does.StartWith("Edition 2 · "));
        Assert.That(html, Does.Contain("content: counter(page) \"/\" counter(pages);"));
    }

    [Test]
    public void Arabic_header_reads_right_to_left_with_Arabic_labels()
    {
        var doc = RenderedDocument.Render(BriefingFixtures.InLanguage("ar"));
        Assert.That(doc.QuerySelector(".running-header")!.Text(), Is.EqualTo("الإصدار 2 · 4 نوفمبر 2024 · التوزيع: GAC Members"));
        Assert.That(doc.QuerySelector(".translation-notice")!.Text(), Is.EqualTo("هذه الوثيقة مترجمة. لغة الأصل: الصينية."));
    }
}
