using System.Text.RegularExpressions;
using BriefingCompiler.Localization;

namespace BriefingCompiler.Importing;

/// <summary>
/// Recognises the words a Word briefing labels its parts with, in any of the six built-in languages: the built-in
/// labels (<see cref="BuiltInLabels"/>) plus the wordings secretariats also use (现状与展望 for the positions…).
/// Label patterns ("Version {0}", "第 {0} 版") become patterns that read the value back.
/// </summary>
public static partial class SectionLabels
{
    /// <summary>The keys of the parts that a heading starts, in document order.</summary>
    public static readonly IReadOnlyList<string> SectionKeys = ["objective", "background", "agenda", "positions", "references", "document_control"];

    // Wordings seen in real briefings beside the built-in ones.
    private static readonly IReadOnlyList<(string Key, string Text)> Alternates =
    [
        ("objective", "Objective"), ("objective", "Session Objectives"), ("objective", "Objectives"), ("objective", "会议目的"), ("objective", "目标"),
        ("background", "背景信息"), ("background", "Contexte et historique"),
        ("agenda", "Agenda items"), ("agenda", "会议议程"),
        ("positions", "现状与展望"), ("positions", "Positions"), ("positions", "Current Status and Positions"), ("positions", "Current Status"),
        ("references", "Reference Documents"), ("references", "参考文件"), ("references", "Key Documents"),
        ("document_control", "Document Control"), ("document_control", "文件控制"),
    ];

    // A briefing's closing has no heading of its own in briefc's outputs (a rule sets it apart), so there is no label
    // for it; typed briefings head it with one of these, in the six languages.
    private static readonly IReadOnlyList<string> ClosingHeadings =
    [
        "Closing", "Closing remarks", "Closing statement", "Conclusion", "Conclusions", "Concluding remarks", "Summary",
        "Conclusion générale", "Remarques finales", "Observations finales", "En conclusion", "Synthèse",
        "Conclusión", "Conclusiones", "Observaciones finales", "Comentarios finales", "Resumen",
        "Заключение", "Выводы", "Заключительные замечания", "Резюме",
        "结语", "结束语", "结论", "总结", "小结", "结语与展望",
        "خاتمة", "الخاتمة", "الخلاصة", "خلاصة", "ملاحظات ختامية", "الاستنتاجات",
    ];

    // Words a closing text typed straight after the last position opens a paragraph with ("Finally, …").
    private static readonly IReadOnlyList<string> ClosingLeadIns =
    [
        "In conclusion", "To conclude", "In closing", "In summary", "To sum up", "Finally", "Lastly",
        "En conclusion", "Pour conclure", "Enfin", "En résumé", "Pour finir",
        "En conclusión", "Para concluir", "Por último", "Finalmente", "En resumen", "En suma",
        "В заключение", "Наконец", "Подводя итог", "В итоге",
        "总之", "综上所述", "总而言之", "最后", "总的来说",
        "وأخيرا", "أخيرا", "وفي الختام", "في الختام", "ختاما", "وختاما", "خلاصة القول",
    ];

    /// <summary>Whether a heading names a closing ("Conclusion", "结语", "الخاتمة"…) in any of the six languages.</summary>
    public static bool IsClosingHeading(string heading)
    {
        var wanted = WithoutArabicMarks(Normalize(heading));
        return wanted.Length > 0 && ClosingHeadings.Any(h => WithoutArabicMarks(Normalize(h)) == wanted);
    }

    /// <summary>Whether a paragraph opens with a closing lead-in ("In conclusion,", "Finally,", "最后，", "وأخيرًا،"…) followed by punctuation or a space.</summary>
    public static bool StartsWithClosingLeadIn(string paragraph)
    {
        var text = WithoutArabicMarks(paragraph.TrimStart());
        foreach (var leadIn in ClosingLeadIns)
        {
            if (text.StartsWith(leadIn, StringComparison.OrdinalIgnoreCase) && text.Length > leadIn.Length
                && text[leadIn.Length] is ',' or '，' or '、' or '،' or ':' or '：' or ' ')
                return true;
        }
        return false;
    }

    // Arabic vowel marks and tanween are optional and typed in either order ("أخيرًا", "أخيراً"): compared without them.
    private static string WithoutArabicMarks(string text) =>
        string.Concat(text.Where(c => c is not (>= '\u064B' and <= '\u065F') and not '\u0670'));

    /// <summary>The key of the part a heading names (<c>objective</c>…), with the language whose built-in label it is (null for an alternate wording).</summary>
    public static (string Key, string? Language)? Match(string heading)
    {
        var wanted = Normalize(heading);
        if (wanted.Length == 0)
            return null;
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            var labels = BuiltInLabels.For(language);
            foreach (var key in SectionKeys)
            {
                if (Normalize(labels[key]) == wanted)
                    return (key, language);
            }
        }
        foreach (var (key, text) in Alternates)
        {
            if (Normalize(text) == wanted)
                return (key, null);
        }
        return null;
    }

    /// <summary>Which document-control row a label cell names: <c>title</c>, <c>audience</c> or <c>distribution_date</c>.</summary>
    public static string? ControlRow(string label)
    {
        var wanted = Normalize(label);
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            var labels = BuiltInLabels.For(language);
            foreach (var key in new[] { "title", "audience", "distribution_date" })
            {
                if (Normalize(labels[key]) == wanted)
                    return key;
            }
        }
        return wanted switch
        {
            "document title" or "文件标题" => "title",
            "audience" or "distribution list" or "分发对象" => "audience",
            "date" or "version" or "versions" or "日期" or "版本" => "distribution_date",
            _ => null,
        };
    }

    /// <summary>
    /// The value a label pattern holds in <paramref name="text"/>, trying the document's language first and then every
    /// built-in one: <c>Fill("session", "Session 14")</c> → "14". Null when no language's pattern matches.
    /// </summary>
    public static string? Value(string key, string text, string language, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var patterns = new List<string>();
        if (overrides?.GetValueOrDefault(key) is { } own)
            patterns.Add(own);
        patterns.Add(BuiltInLabels.For(language)[key]);
        patterns.AddRange(LabelKeys.BuiltInLanguages.Select(l => BuiltInLabels.For(l)[key]));
        foreach (var pattern in patterns.Distinct())
        {
            var parts = pattern.Split("{0}");
            if (parts.Length != 2)
                continue;
            var regex = "^\\s*" + Loose(parts[0]) + "(.+?)" + Loose(parts[1]) + "\\s*$";
            var match = Regex.Match(text, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (match.Success)
                return match.Groups[1].Value.Trim();
        }
        return null;
    }

    /// <summary>Whether <paramref name="text"/> ends with a tentative mark in any language ("(tentative)", "（待定）"); returns the text without it.</summary>
    public static string? WithoutTentativeMark(string text)
    {
        foreach (var language in LabelKeys.BuiltInLanguages)
        {
            var label = Regex.Escape(BuiltInLabels.For(language)["tentative"]);
            var match = Regex.Match(text, $@"\s*[（(\[]\s*{label}\s*[）)\]]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (match.Success)
                return text[..match.Index];
        }
        var other = TentativeWords().Match(text);
        return other.Success ? text[..other.Index] : null;
    }

    /// <summary>Lower case, no numbering in front ("1.", "I.", "一、"), no colon or full stop at the end, spaces folded.</summary>
    public static string Normalize(string text)
    {
        var folded = Spaces().Replace(text, " ").Trim();
        folded = LeadingNumber().Replace(folded, "");
        folded = folded.TrimEnd(':', '：', '.', '。', ' ', '\u00a0');
        return folded.ToLowerInvariant();
    }

    // Spaces in a pattern may be written as any run of spaces, or none ("第 1 版", "第1版").
    private static string Loose(string literal) =>
        string.Concat(literal.Select(c => char.IsWhiteSpace(c) ? "\\s*" : Regex.Escape(c.ToString())));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.|[一二三四五六七八九十]+、|\(\d+\)|（\d+）)\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*[（(\[]\s*(?:TBC|TBD|to be confirmed|provisional)\s*[）)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TentativeWords();
}
