using System.Globalization;
using System.Text.RegularExpressions;
using BriefingCompiler.Localization;

namespace BriefingCompiler.Importing;

/// <summary>
/// Finds a briefing's parts in a Word document's blocks. Sections start at their headings — recognised by the
/// bookmarks briefc writes, by their labels in any of the six languages, as Word headings or as bold paragraphs
/// typed to look like one; unknown top-level headings become extra sections. The title block gives the meeting,
/// symbol, session, marking and translation notice; the agenda its items (tentative marks, notes); the positions
/// their topics, agenda links and bodies; the document-control table (or a "label: value" / tab-separated
/// imitation of one) the title, distribution and versions, the version kept verbatim and the date read in the
/// document's language. Whatever fits nowhere is kept in <see cref="BriefingDraft.Unplaced"/>.
/// </summary>
public sealed partial class BriefingRecognizer
{
    private readonly BriefingDraft _draft = new();
    private readonly ImportReport _report = new();
    private bool _closingMarked;

    private BriefingRecognizer(string language) => _draft.Language = language;

    private string Language => _draft.Language;

    /// <summary>One part of the body: the key of the section (<c>title</c> for what precedes the first heading, <c>extra</c>, <c>closing</c>…).</summary>
    private sealed record Segment(string Key, WordParagraph? Heading, List<WordBlock> Blocks);

    public static (BriefingDraft Draft, ImportReport Report) Recognize(IReadOnlyList<WordBlock> blocks, string? language, string? coreLanguage)
    {
        var chosen = language ?? coreLanguage ?? GuessLanguage(blocks);
        var recognizer = new BriefingRecognizer(chosen);
        if (language is null)
            recognizer._report.Place(coreLanguage is not null ? $"language: {chosen} (from the document's properties)" : $"language: {chosen} (guessed from its headings and script; --language sets it)");
        recognizer.Run(blocks);
        return (recognizer._draft, recognizer._report);
    }

    private void Run(IReadOnlyList<WordBlock> blocks)
    {
        var segments = Segments(blocks);
        _closingMarked = segments.Any(s => s.Key == "closing");
        foreach (var segment in segments)
        {
            switch (segment.Key)
            {
                case "title": TitleBlock(segment.Blocks); break;
                case "objective": _draft.Objective = Field("objective", segment.Blocks, 1); break;
                case "background": _draft.Background = Field("background", segment.Blocks, 1); break;
                case "agenda": Agenda(segment.Blocks); break;
                case "positions": Positions(segment.Blocks); break;
                case "closing": _draft.Closing = Field("closing", segment.Blocks, 1); break;
                case "references": References(segment.Blocks); break;
                case "document_control": DocumentControl(segment.Blocks); break;
                default: Extra(segment); break;
            }
        }
        if (_draft.SessionTitle is null)
            _report.Flag("session.title: no title found (a Title-style or first bold paragraph before the first section)");
        if (_draft.Objective is null)
            _report.Flag("objective: no \"" + BuiltInLabels.For(Language)["objective"] + "\" section found");
        if (_draft.Agenda.Count == 0)
            _report.Flag("agenda: no agenda items found");
        if (_draft.Versions.Count == 0)
            _report.Flag("document_control.versions: no version found (a document-control table with a \"" + BuiltInLabels.For(Language)["distribution_date"] + "\" row)");
        if (_draft.Closing is null && _draft.Positions.Count > 0)
            _report.Flag($"closing: none marked; if the briefing ends with a closing text, it is at the end of position {_draft.Positions.Count}'s body: move it to closing");
        if (_draft.Unplaced.Count > 0)
            _report.Flag($"{_draft.Unplaced.Count} paragraph(s) fit no field: kept as a comment at the end of the draft");
    }

    // ---- segmentation -------------------------------------------------------------------------------------

    private List<Segment> Segments(IReadOnlyList<WordBlock> blocks)
    {
        var segments = new List<Segment> { new("title", null, []) };
        foreach (var block in blocks)
        {
            if (block is WordParagraph heading && IsClosingHeading(heading, segments[^1].Key))
            {
                // The heading names the part; the closing itself is the text under it.
                segments.Add(new Segment("closing", heading, []));
                _report.Place($"closing: under the heading \"{heading.Text.Trim()}\"");
                continue;
            }
            if (block is WordParagraph paragraph && SectionStart(paragraph) is { } key)
            {
                segments.Add(new Segment(key, key == "closing" ? null : paragraph, []));
                if (key == "closing" && !paragraph.IsEmpty)
                    segments[^1].Blocks.Add(paragraph);
                if (key != "closing" && key != "extra")
                    LabelOverride(key, paragraph);
                continue;
            }
            segments[^1].Blocks.Add(block);
        }
        return segments;
    }

    private static readonly Dictionary<string, string> BookmarkKeys = new(StringComparer.Ordinal)
    {
        ["objective"] = "objective", ["background"] = "background", ["agenda"] = "agenda", ["positions"] = "positions",
        ["closing"] = "closing", ["references"] = "references", ["document-control"] = "document_control",
    };

    private static string? SectionStart(WordParagraph paragraph)
    {
        foreach (var bookmark in paragraph.Bookmarks)
        {
            if (BookmarkKeys.TryGetValue(bookmark, out var key))
                return key;
            if (bookmark.StartsWith("section-", StringComparison.Ordinal))
                return "extra";
        }
        if (paragraph.StyleId == "Closing")
            return "closing";
        if (paragraph.List is not null || paragraph.IsEmpty || paragraph.Text.Length > 120)
            return null;
        var headingLike = paragraph.HeadingLevel is >= 1 and <= 2 || paragraph.HeadingLevel is null && paragraph.IsAllBold;
        if (headingLike && SectionLabels.Match(paragraph.Text) is { } match)
            return match.Key;
        return paragraph.HeadingLevel == 1 ? "extra" : null;
    }

    /// <summary>
    /// A typed "Conclusion" heading after the agenda or the positions (where the closing goes): a Word heading or a bold
    /// paragraph, not numbered (a numbered one is an agenda item or a position's topic, "5. Closing remarks").
    /// </summary>
    private static bool IsClosingHeading(WordParagraph paragraph, string currentKey) =>
        currentKey is "positions" or "agenda"
        && paragraph.List is null && !paragraph.IsEmpty && paragraph.Text.Length <= 60
        && (paragraph.HeadingLevel is >= 1 and <= 3 || paragraph.HeadingLevel is null && paragraph.IsAllBold)
        && !PositionNumber().IsMatch(paragraph.Text) && !ManualNumber().IsMatch(paragraph.Text)
        && SectionLabels.IsClosingHeading(paragraph.Text);

    /// <summary>A heading worded otherwise than the built-in label of the document's language is kept as a label override.</summary>
    private void LabelOverride(string key, WordParagraph heading)
    {
        var text = heading.Text.Trim().TrimEnd(':', '：').Trim();
        var builtIn = BuiltInLabels.For(Language)[key];
        if (text != builtIn && text.Length > 0)
        {
            _draft.Labels[key] = text;
            _report.Place($"labels.{key}: \"{text}\" (the heading's own wording)");
        }
    }

    // ---- title block --------------------------------------------------------------------------------------

    private void TitleBlock(List<WordBlock> blocks)
    {
        var paragraphs = blocks.OfType<WordParagraph>().Where(p => !p.IsEmpty).ToList();
        var pending = new List<WordParagraph>();
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text.Trim();
            if (paragraph.StyleId == "Marking")
            {
                _draft.Marking ??= text;
                continue;
            }
            if (paragraph.StyleId == "RunningHeader" || IsVersionLine(text))
            {
                var draftLabel = BuiltInLabels.For(Language)["draft"];
                if (text.StartsWith(draftLabel, StringComparison.Ordinal))
                    _draft.IsDraft = true;
                continue;
            }
            if (paragraph.StyleId == "Symbol" || SymbolPattern().IsMatch(text))
            {
                _draft.Symbol ??= text;
                _report.Place("symbol: " + text);
                continue;
            }
            if (OriginalLanguage(text) is { } original)
            {
                _draft.OriginalLanguage = original;
                _report.Place($"document_control.original_language: {original} (from the translation notice)");
                continue;
            }
            if (SectionLabels.Value("session", text, Language, _draft.Labels) is { } number && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var session))
            {
                _draft.SessionNumber = session;
                continue;
            }
            if (paragraph.StyleId == "Meeting")
            {
                Meeting(text);
                continue;
            }
            if (_draft.SessionTitle is null && (paragraph.HeadingLevel is not null || paragraph.StyleId == "Title"))
            {
                _draft.SessionTitle = text;
                continue;
            }
            pending.Add(paragraph);
        }

        // A document typed by hand: the first bold paragraph is the title, a paragraph before it the meeting.
        if (_draft.SessionTitle is null && pending.FirstOrDefault(p => p.IsAllBold) is { } bold)
        {
            _draft.SessionTitle = bold.Text.Trim();
            var before = pending.TakeWhile(p => p != bold).ToList();
            pending.Remove(bold);
            if (_draft.MeetingName is null && before.Count > 0)
            {
                Meeting(before[^1].Text.Trim());
                pending.Remove(before[^1]);
            }
        }
        if (_draft.MeetingName is null && pending.Count > 0)
        {
            Meeting(pending[0].Text.Trim());
            pending.RemoveAt(0);
        }
        foreach (var paragraph in pending)
            _draft.Unplaced.Add(paragraph.Text);
        if (_draft.SessionTitle is not null)
            _report.Place("session.title: " + _draft.SessionTitle);
    }

    private bool IsVersionLine(string text) =>
        text.Contains(" · ", StringComparison.Ordinal) && text.Split(" · ").Any(part => SectionLabels.Value("version", part.Trim(), Language, _draft.Labels) is not null);

    private void Meeting(string text)
    {
        var parts = text.Split(" · ").Select(p => p.Trim()).ToList();
        _draft.MeetingName = parts[0];
        if (parts.Count > 1 && DateParser.ParseRange(parts[^1], Language) is { } range)
        {
            _draft.MeetingStart = range.Start;
            _draft.MeetingEnd = range.End == range.Start ? null : range.End;
            parts.RemoveAt(parts.Count - 1);
        }
        if (parts.Count > 1)
            _draft.MeetingPlace = string.Join(" · ", parts.Skip(1));
        _report.Place("meeting: " + text);
    }

    private static string? OriginalLanguage(string text)
    {
        if (SectionLabels.Value("translation_notice", text, "en") is not { } name)
            return null;
        foreach (var documentLanguage in LabelKeys.BuiltInLanguages)
        {
            foreach (var language in LabelKeys.BuiltInLanguages)
            {
                if (string.Equals(LanguageConventions.LanguageName(language, documentLanguage), name, StringComparison.OrdinalIgnoreCase))
                    return language;
            }
        }
        return name;
    }

    // ---- sections -----------------------------------------------------------------------------------------

    private string? Field(string name, List<WordBlock> blocks, int headingOffset)
    {
        var markdown = MarkdownComposer.Compose(blocks, headingOffset);
        if (markdown.Length == 0)
        {
            _report.Flag($"{name}: the section is empty");
            return null;
        }
        _report.Place($"{name}: {Count(blocks)}");
        return markdown;
    }

    private static string Count(List<WordBlock> blocks)
    {
        var paragraphs = blocks.OfType<WordParagraph>().Count(p => !p.IsEmpty);
        var tables = blocks.OfType<WordTableBlock>().Count();
        return tables == 0 ? $"{paragraphs} paragraph(s)" : $"{paragraphs} paragraph(s), {tables} table(s)";
    }

    private void Agenda(List<WordBlock> blocks)
    {
        var intro = new List<WordBlock>();
        var index = 0;
        while (index < blocks.Count && !IsAgendaItem(blocks[index]))
            intro.Add(blocks[index++]);
        if (intro.Count > 0)
            _draft.AgendaIntro = Field("agenda_intro", intro, 1);
        int? topLevel = null;
        for (; index < blocks.Count; index++)
        {
            if (blocks[index] is not WordParagraph paragraph || paragraph.IsEmpty)
                continue;
            if (!IsAgendaItem(paragraph) || paragraph.List is { } list && (topLevel ??= list.Level) != list.Level)
            {
                _draft.Unplaced.Add(paragraph.Text);
                continue;
            }
            _draft.Agenda.Add(AgendaItem(paragraph));
        }
        _report.Place($"agenda: {_draft.Agenda.Count} item(s), {_draft.Agenda.Count(i => i.Tentative)} tentative");
    }

    private static bool IsAgendaItem(WordBlock block) =>
        block is WordParagraph paragraph && (paragraph.List is not null || ManualNumber().IsMatch(paragraph.Text));

    private static DraftAgendaItem AgendaItem(WordParagraph paragraph)
    {
        var lines = paragraph.Lines.Select(line => string.Concat(line.Select(s => s.Text)).Trim()).Where(l => l.Length > 0).ToList();
        var title = paragraph.List is null ? ManualNumber().Replace(lines[0], "") : lines[0];
        var tentative = paragraph.Lines[0].Any(s => s.CharacterStyle == "Tentative");
        if (SectionLabels.WithoutTentativeMark(title) is { } bare)
        {
            title = bare;
            tentative = true;
        }
        var note = lines.Count > 1 ? string.Join(" ", lines.Skip(1)) : null;
        return new DraftAgendaItem(title.Trim(), tentative, note);
    }

    private void Positions(List<WordBlock> blocks)
    {
        string? topic = null;
        int? agenda = null;
        var body = new List<WordBlock>();

        void Close()
        {
            if (topic is null)
                return;
            var markdown = MarkdownComposer.Compose(body, 2);
            if (markdown.Length == 0)
                _report.Flag($"positions: \"{topic}\" has no text");
            _draft.Positions.Add(new DraftPosition(topic, agenda, markdown));
        }

        foreach (var block in blocks)
        {
            if (block is WordParagraph paragraph && IsPositionHeading(paragraph))
            {
                Close();
                topic = PositionNumber().Replace(paragraph.Text.Trim(), "");
                agenda = null;
                body = [];
                continue;
            }
            if (topic is null)
            {
                if (block is WordParagraph { IsEmpty: false } loose)
                    _draft.Unplaced.Add(loose.Text);
                continue;
            }
            if (agenda is null && body.Count == 0 && block is WordParagraph reference
                && SectionLabels.Value("agenda_item", reference.Text.Trim(), Language, _draft.Labels) is { } number
                && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var item))
            {
                agenda = item;
                continue;
            }
            body.Add(block);
        }
        if (topic is not null && !_closingMarked && ClosingStart(body) is { } start)
        {
            var opening = ((WordParagraph)body[start]).Text.Trim();
            _draft.Closing = Field("closing", body[start..], 1);
            _report.Flag($"closing: taken from the end of position {_draft.Positions.Count + 1} (\"{Shorten(opening)}\" on, the paragraphs around a closing lead-in); check where it starts");
            body = body[..start];
        }
        Close();
        _report.Place($"positions: {_draft.Positions.Count} topic(s), {_draft.Positions.Count(p => p.Agenda is not null)} linked to an agenda item");
    }

    /// <summary>
    /// Where a closing typed straight after the last position starts in its body, or null: at a paragraph opening with a
    /// closing lead-in ("Finally,", "最后，"), moved back over the plain paragraphs before it to the end of the last list,
    /// table or bold lead-in paragraph (a closing opens with prose; the position's own lists and labelled points stay with it); in a body of prose only, at the
    /// lead-in. Never the body's first block.
    /// </summary>
    private static int? ClosingStart(List<WordBlock> body)
    {
        bool IsPlain(WordBlock block) => block is WordParagraph { List: null, HeadingLevel: null } paragraph
            && MarkdownComposer.TypedListItem(paragraph).List is null;
        for (var i = 1; i < body.Count; i++)
        {
            if (body[i] is not WordParagraph { IsEmpty: false } paragraph || !IsPlain(paragraph) || !SectionLabels.StartsWithClosingLeadIn(paragraph.Text))
                continue;
            bool IsBoundary(WordBlock block) => !IsPlain(block) || OpensWithBoldLeadIn((WordParagraph)block);
            var start = i;
            while (start - 1 >= 1 && !IsBoundary(body[start - 1]))
                start--;
            // In a body of prose only, nothing shows where the position ends before the lead-in: the closing starts there.
            if (start == 1 && !IsBoundary(body[0]))
                start = i;
            while (start < i && body[start] is WordParagraph { IsEmpty: true })
                start++;
            return start;
        }
        return null;
    }

    // "**Negotiating note**: …": a labelled point of the position, where a closing opens with plain prose.
    private static bool OpensWithBoldLeadIn(WordParagraph paragraph) =>
        paragraph.Lines.FirstOrDefault()?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Text)) is { Bold: true } first && !paragraph.IsAllBold && first.Text.Length < paragraph.Text.Length;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static bool IsPositionHeading(WordParagraph paragraph) =>
        paragraph.HeadingLevel == 2
        || paragraph.HeadingLevel is null && paragraph.List is null && paragraph.IsAllBold && paragraph.Text.Length <= 200 && PositionNumber().IsMatch(paragraph.Text.Trim());

    private void References(List<WordBlock> blocks)
    {
        foreach (var paragraph in blocks.OfType<WordParagraph>().Where(p => !p.IsEmpty))
        {
            var link = paragraph.Lines.SelectMany(l => l).FirstOrDefault(s => s.Link is not null)?.Link;
            var lines = paragraph.Lines.Select(line => string.Concat(line.Select(s => s.Text)).Trim()).Where(l => l.Length > 0).ToList();
            var url = lines.Count > 1 && Uri.IsWellFormedUriString(lines[^1], UriKind.Absolute) ? lines[^1] : link;
            if (url is null)
            {
                _draft.Unplaced.Add(paragraph.Text);
                continue;
            }
            _draft.References.Add((lines[0], url));
        }
        _report.Place($"references: {_draft.References.Count}");
    }

    private void DocumentControl(List<WordBlock> blocks)
    {
        var rows = new List<(string Label, List<string> Values)>();
        var table = blocks.OfType<WordTableBlock>().FirstOrDefault();
        if (table is not null)
        {
            foreach (var row in table.Rows.Where(r => r.Count >= 2))
                rows.Add((string.Join(" ", row[0].Select(p => p.Text)), [.. row.Skip(1).SelectMany(cell => cell).Where(p => !p.IsEmpty).SelectMany(p => p.Text.Split('\n'))]));
        }
        foreach (var block in blocks)
        {
            if (block == table)
                continue;
            if (block is not WordParagraph paragraph || paragraph.IsEmpty)
                continue;
            if (paragraph.StyleId == "Marking")
            {
                _draft.Marking ??= paragraph.Text.Trim();
                continue;
            }
            // A table typed with tabs, or "Label: value" lines.
            var text = paragraph.Text.Trim();
            var split = text.IndexOf('\t') is var tab and > 0 ? tab : text.IndexOfAny([':', '：']);
            if (split > 0 && SectionLabels.ControlRow(text[..split]) is not null)
                rows.Add((text[..split], [.. text[(split + 1)..].Split('\t', '\n').Select(v => v.Trim()).Where(v => v.Length > 0)]));
            else if (rows.Count > 0 && SectionLabels.ControlRow(rows[^1].Label) == "distribution_date" && DateParser.Parse(text, Language) is not null)
                rows[^1].Values.Add(text);
            else
                _draft.Unplaced.Add(text);
        }

        foreach (var (label, values) in rows)
        {
            switch (SectionLabels.ControlRow(label))
            {
                case "title":
                    _draft.Title = string.Join(" ", values);
                    break;
                case "audience":
                    _draft.Audience = string.Join(" ", values);
                    break;
                case "distribution_date":
                    foreach (var value in values)
                        _draft.Versions.Add(Version(value));
                    break;
                default:
                    _draft.Unplaced.Add(label + ": " + string.Join(" ", values));
                    break;
            }
        }
        _report.Place($"document_control: title {(_draft.Title is null ? "missing" : "found")}, distribution {(_draft.Audience is null ? "missing" : "found")}, {_draft.Versions.Count} version(s)");
        if (_draft.Title is null)
            _report.Flag("document_control.title: no title row in the document-control table");
        if (_draft.Audience is null)
            _report.Flag("document_control.audience: no distribution row in the document-control table");
    }

    private DraftVersion Version(string text)
    {
        var note = default(string);
        var main = text;
        var dash = text.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0)
        {
            main = text[..dash];
            note = text[(dash + 3)..].Trim();
        }
        var date = DateParser.Parse(main, Language);
        var separator = main.IndexOfAny([':', '：']);
        var label = separator > 0 ? main[..separator].Trim() : main;
        var version = SectionLabels.Value("version", label, Language, _draft.Labels);
        if (version is null && VersionToken().Match(label) is { Success: true } token)
        {
            // A wording of its own ("Issue 1.10"): kept as the version label, so the document reads the same when built.
            version = token.Value;
            var pattern = label[..token.Index] + "{0}" + label[(token.Index + token.Length)..];
            if (!_draft.Labels.ContainsKey("version") && pattern.Trim() != "{0}")
            {
                _draft.Labels["version"] = pattern;
                _report.Place($"labels.version: \"{pattern}\" (the document's own wording)");
            }
        }
        if (version is null)
            _report.Flag($"document_control.versions: no version number in \"{text}\"");
        if (date is null)
            _report.Flag($"document_control.versions: no date in \"{text}\" that reads as a {Language} date");
        return new DraftVersion(version ?? "", date, note, text);
    }

    private void Extra(Segment segment)
    {
        var title = segment.Heading?.Text.Trim() ?? "";
        var body = MarkdownComposer.Compose(segment.Blocks, 1);
        _draft.Sections.Add((title, body));
        _report.Place($"sections: \"{title}\" ({Count(segment.Blocks)}), a heading briefc does not know");
        if (body.Length == 0)
            _report.Flag($"sections: \"{title}\" has no text");
    }

    // ---- language -----------------------------------------------------------------------------------------

    private static string GuessLanguage(IReadOnlyList<WordBlock> blocks)
    {
        var votes = new Dictionary<string, int>();
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in blocks.OfType<WordParagraph>())
        {
            if (paragraph.Text.Length < 120 && SectionLabels.Match(paragraph.Text) is { Language: { } language })
                votes[language] = votes.GetValueOrDefault(language) + 1;
            if (text.Length < 20_000)
                text.Append(paragraph.Text);
        }
        if (votes.Count > 0)
            return votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
        var sample = text.ToString();
        if (sample.Any(c => c is >= '\u0600' and <= '\u06FF'))
            return "ar";
        if (sample.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
            return "zh";
        if (sample.Any(c => c is >= '\u0400' and <= '\u04FF'))
            return "ru";
        return "en";
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z]*(?:/[A-Za-z0-9.\-]+){2,}$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)、]|[•·▪◦\-–]|\(\d{1,3}\)|（\d{1,3}）)\s*")]
    private static partial Regex ManualNumber();

    [GeneratedRegex(@"^\s*\d{1,3}[.)、]\s*")]
    private static partial Regex PositionNumber();

    [GeneratedRegex(@"\d+(?:[.\-]\d+)*[A-Za-z]?")]
    private static partial Regex VersionToken();
}
