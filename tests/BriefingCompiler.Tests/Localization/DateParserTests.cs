using BriefingCompiler.Localization;

namespace BriefingCompiler.Tests.Localization;

/// <summary>The dates <c>briefc import</c> reads are the ones briefc writes, in every built-in language.</summary>
public class DateParserTests
{
    [Test]
    public void Every_day_of_a_leap_year_written_in_each_language_reads_back()
    {
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
                Assert.That(DateParser.Parse(DateFormatter.Format(date, language), language), Is.EqualTo(date), $"{language} {date:O}");
        }
    }

    [Test]
    public void Ranges_read_back_whether_shortened_or_in_full()
    {
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            foreach (var (start, end) in new[] { (new DateOnly(2024, 11, 9), new DateOnly(2024, 11, 14)), (new DateOnly(2024, 10, 30), new DateOnly(2024, 11, 2)), (new DateOnly(2024, 12, 30), new DateOnly(2025, 1, 3)) })
                Assert.That(DateParser.ParseRange(DateFormatter.FormatRange(start, end, language), language), Is.EqualTo((start, end)), $"{language} {DateFormatter.FormatRange(start, end, language)}");
        }
    }

    [TestCase("2024-11-04", "en", 2024, 11, 4)]
    [TestCase("November 4, 2024", "en", 2024, 11, 4)]
    [TestCase("٤ نوفمبر ٢٠٢٤", "ar", 2024, 11, 4)]
    [TestCase("2024年11月4日", "zh", 2024, 11, 4)]
    [TestCase("Version 2: 4 November 2024 — final", "en", 2024, 11, 4)]
    public void Common_spellings_read(string text, string language, int year, int month, int day) =>
        Assert.That(DateParser.Parse(text, language), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase("31 February 2024")]
    [TestCase("Version 2")]
    [TestCase("2024-13-01")]
    public void Text_without_a_real_date_gives_none(string text) =>
        Assert.That(DateParser.Parse(text, "en"), Is.Null);
}
