using System.Globalization;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Localization;

namespace BriefingCompiler.Validation;

/// <summary>
/// The rules of the format that a JSON Schema cannot express: references between fields, ordering, and the
/// inner syntax of dates, URLs and language tags. Each rule looks only at values whose shape the schema
/// accepted (nodes it flagged are skipped), so one mistake is reported once.
/// </summary>
public sealed class SemanticRules
{
    private readonly IReadOnlySet<SourceNode> flagged;
    private readonly List<Diagnostic> diagnostics = [];

    private SemanticRules(IReadOnlySet<SourceNode> flagged) => this.flagged = flagged;

    public static IReadOnlyList<Diagnostic> Check(MappingNode root, IReadOnlySet<SourceNode> flaggedBySchema)
    {
        var rules = new SemanticRules(flaggedBySchema);
        rules.CheckLanguage(root);
        rules.CheckMeeting(root.Find("meeting")?.Value);
        rules.CheckPositions(root.Find("positions")?.Value, root.Find("agenda")?.Value);
        rules.CheckReferences(root.Find("references")?.Value);
        rules.CheckLabels(root.Find("labels")?.Value);
        rules.CheckPlaceholders(root);
        if (root.Find("document_control")?.Value is MappingNode documentControl)
        {
            rules.CheckVersions(documentControl.Find("versions")?.Value);
            if (rules.Text(documentControl.Find("original_language")?.Value) is { } original)
            {
                rules.CheckLanguageTag(original, "document_control.original_language");
            }
        }

        return rules.diagnostics;
    }

    private void CheckLanguage(MappingNode root)
    {
        if (Text(root.Find("language")?.Value) is not { } language || !CheckLanguageTag(language, "language"))
        {
            return;
        }

        if (!LabelKeys.BuiltInLanguages.Contains(LabelKeys.LabelLanguage(language.Value)))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.LanguageWithoutLabels,
                $"language `{language.Value}` has no built-in labels or date formats; English ones are used " +
                $"(built in: {string.Join(", ", LabelKeys.BuiltInLanguages)}; override labels under `labels`)",
                language.Span));
        }
    }

    private bool CheckLanguageTag(ScalarNode tag, string field)
    {
        if (LanguageTag.IsWellFormed(tag.Value))
        {
            return true;
        }

        Error(DiagnosticCodes.InvalidLanguageTag,
            $"`{field}` must be a BCP 47 language tag such as zh, en-GB or zh-Hans-CN (found `{tag.Value}`)", tag.Span);
        return false;
    }

    private void CheckMeeting(SourceNode? meeting)
    {
        if (meeting is not MappingNode mapping)
        {
            return;
        }

        var start = Date(mapping.Find("start")?.Value, "meeting.start");
        var end = Date(mapping.Find("end")?.Value, "meeting.end");
        if (start is { } s && end is { } e && e.Value < s.Value)
        {
            Error(DiagnosticCodes.MeetingEndsBeforeStart,
                $"`meeting.end` ({Iso(e.Value)}) is before `meeting.start` ({Iso(s.Value)})", e.Node.Span);
        }
    }

    /// <summary>The fields <c>briefc new</c> fills with placeholder text, each still holding it is a warning (BRF3011).</summary>
    private void CheckPlaceholders(MappingNode root)
    {
        var session = root.Find("session")?.Value as MappingNode;
        var documentControl = root.Find("document_control")?.Value as MappingNode;
        IEnumerable<(string Field, SourceNode? Node)> fields =
        [
            ("meeting", root.Find("meeting")?.Value),
            ("session.title", session?.Find("title")?.Value),
            ("objective", root.Find("objective")?.Value),
            ("document_control.title", documentControl?.Find("title")?.Value),
            ("document_control.audience", documentControl?.Find("audience")?.Value),
        ];
        foreach (var (field, node) in fields)
        {
            if (Text(node) is { } text && Projects.BriefingSkeleton.PlaceholderFields[field].Contains(text.Value.Trim()))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.PlaceholderText,
                    $"`{field}` still holds the placeholder text `briefc new` wrote (`{text.Value.Trim()}`); replace it with your own", text.Span));
            }
        }
    }

    private void CheckPositions(SourceNode? positions, SourceNode? agenda)
    {
        if (positions is not SequenceNode list || agenda is not SequenceNode agendaItems || flagged.Contains(agenda))
        {
            return;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not MappingNode position
                || Unflagged(position.Find("agenda")?.Value) is not ScalarNode reference
                || YamlCoreSchema.IntegerValue(reference) is not { } number)
            {
                continue;
            }

            if (number > agendaItems.Items.Count)
            {
                var count = agendaItems.Items.Count;
                Error(DiagnosticCodes.AgendaReferenceMissing,
                    $"`positions[{i + 1}].agenda` refers to agenda item {number}, but the agenda has {count} item{(count == 1 ? "" : "s")}",
                    reference.Span);
            }
        }
    }

    private void CheckReferences(SourceNode? references)
    {
        if (references is not SequenceNode list)
        {
            return;
        }

        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is MappingNode reference && Text(reference.Find("url")?.Value) is { } url && !IsHttpUrl(url.Value))
            {
                Error(DiagnosticCodes.InvalidUrl,
                    $"`references[{i + 1}].url` is not a valid absolute http or https URL (found `{url.Value}`)", url.Span);
            }
        }
    }

    private static bool IsHttpUrl(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private void CheckLabels(SourceNode? labels)
    {
        if (labels is not MappingNode mapping)
        {
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            if (!LabelKeys.Placeholders.TryGetValue(entry.Key.Value, out var placeholders) || Text(entry.Value) is not { } label)
            {
                continue;
            }

            var missing = placeholders.Where(p => !label.Value.Contains(p, StringComparison.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                Error(DiagnosticCodes.LabelPlaceholderMissing,
                    $"label `{entry.Key.Value}` must keep the placeholder{(missing.Count > 1 ? "s" : "")} {string.Join(" and ", missing)} " +
                    $"(where the {(entry.Key.Value == "page" ? "page number and page count go" : "number goes")})",
                    label.Span);
            }
        }
    }

    private void CheckVersions(SourceNode? versions)
    {
        if (versions is not SequenceNode list)
        {
            return;
        }

        (DottedVersion Version, ScalarNode Node)? previousVersion = null;
        (DateOnly Value, ScalarNode Node)? previousDate = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is not MappingNode entry)
            {
                continue;
            }

            var field = $"document_control.versions[{i + 1}]";
            if (Unflagged(entry.Find("version")?.Value) is ScalarNode versionNode)
            {
                var version = DottedVersion.Parse(versionNode.Value);
                if (version is null)
                {
                    Error(DiagnosticCodes.VersionNotDotted,
                        $"`{field}.version` must be dotted numbers, such as 1, 2 or 1.10 (found `{versionNode.Value}`)", versionNode.Span);
                }
                else
                {
                    if (previousVersion is { } before && version.CompareTo(before.Version) <= 0)
                    {
                        Error(DiagnosticCodes.VersionsNotIncreasing,
                            $"version `{versionNode.Value}` must be greater than the one before it (`{before.Node.Value}` on line {before.Node.Span.Line}); versions compare as dotted numbers and list the oldest first",
                            versionNode.Span);
                    }

                    previousVersion = (version, versionNode);
                }
            }

            if (Date(entry.Find("date")?.Value, $"{field}.date") is { } date)
            {
                if (previousDate is { } before && date.Value < before.Value)
                {
                    Error(DiagnosticCodes.VersionDatesDecreasing,
                        $"`{field}.date` ({Iso(date.Value)}) is earlier than the date of the version before it ({Iso(before.Value)} on line {before.Node.Span.Line})",
                        date.Node.Span);
                }

                previousDate = date;
            }
        }
    }

    /// <summary>A YYYY-MM-DD value (the schema checked the shape) read as a date; reports dates the calendar lacks.</summary>
    private (DateOnly Value, ScalarNode Node)? Date(SourceNode? node, string field)
    {
        if (Text(node) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, text);
        }

        Error(DiagnosticCodes.InvalidDate, $"`{field}` is not a real calendar date (found `{text.Value}`)", text.Span);
        return null;
    }

    /// <summary>A scalar the schema accepted, or null.</summary>
    private ScalarNode? Text(SourceNode? node) => Unflagged(node) as ScalarNode;

    private SourceNode? Unflagged(SourceNode? node) => node is null || flagged.Contains(node) ? null : node;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Error(string code, string message, SourceSpan span) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, message, span));
}
