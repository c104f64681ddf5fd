using BriefingCompiler.Diagnostics;
using BriefingCompiler.Editions;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>
/// The rules of audience editions: every audience named is declared once in <c>document_control.audiences</c>;
/// audience blocks (<c>::: NAME</c> … <c>:::</c>) in Markdown are well formed; content an edition sees never points at
/// content it does not see (a public position tied to a members-only agenda item); and no edition comes out without
/// what every briefing needs (an objective, an agenda item, the body of each position and section it shows).
/// Like <see cref="SemanticRules"/>, it looks only at values whose shape the schema accepted.
/// </summary>
public sealed class AudienceRules
{
    private static readonly string[] MarkdownFields = ["objective", "background", "agenda_intro", "closing"];

    private readonly IReadOnlySet<SourceNode> flagged;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<string> declared = [];

    private AudienceRules(IReadOnlySet<SourceNode> flagged) => this.flagged = flagged;

    public static IReadOnlyList<Diagnostic> Check(MappingNode root, IReadOnlySet<SourceNode> flaggedBySchema)
    {
        var rules = new AudienceRules(flaggedBySchema);
        rules.ReadDeclarations(root);
        var uses = rules.Uses(root).ToList();
        foreach (var (node, field) in uses)
            rules.CheckDeclared(node, field);
        if (rules.declared.Count == 0)
            return rules.diagnostics;

        var blocksOk = rules.CheckBlocks(root);
        rules.CheckAgendaReferences(root);
        if (blocksOk && !rules.diagnostics.Any(d => d.IsError))
            rules.CheckEditionsNotEmpty(root);
        return rules.diagnostics;
    }

    private void ReadDeclarations(MappingNode root)
    {
        if (Unflagged((root.Find("document_control")?.Value as MappingNode)?.Find("audiences")?.Value) is not SequenceNode list)
            return;

        var first = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not MappingNode audience || Unflagged(audience.Find("name")?.Value) is not ScalarNode name)
                continue;
            if (first.TryGetValue(name.Value, out var before))
            {
                Error(DiagnosticCodes.AudienceDeclaredTwice,
                    $"audience `{name.Value}` is already declared on line {before.Span.Line}; each edition needs a name of its own", name.Span);
                continue;
            }

            first.Add(name.Value, name);
            declared.Add(name.Value);
        }
    }

    /// <summary>Every <c>audience:</c> value, with the field it restricts as messages name it.</summary>
    private IEnumerable<(ScalarNode Node, string Field)> Uses(MappingNode root)
    {
        foreach (var (item, field) in Items(root, "agenda"))
        {
            if (item is not MappingNode mapping)
                continue;
            if (AudienceOf(mapping) is { } audience)
                yield return (audience, field);
            if (Unflagged(mapping.Find("note")?.Value) is MappingNode note && AudienceOf(note) is { } noteAudience)
                yield return (noteAudience, field + ".note");
        }

        foreach (var list in new[] { "positions", "sections", "references" })
        {
            foreach (var (item, field) in Items(root, list))
            {
                if (item is MappingNode mapping && AudienceOf(mapping) is { } audience)
                    yield return (audience, field);
            }
        }
    }

    private void CheckDeclared(ScalarNode audience, string field)
    {
        if (declared.Contains(audience.Value))
            return;
        if (declared.Count == 0)
        {
            Error(DiagnosticCodes.AudienceUnknown,
                $"`{field}` is restricted to audience `{audience.Value}`, but the document declares no audiences; list its editions under `document_control.audiences` (e.g. `- name: {audience.Value}` with its `distribution`, then `- name: public`)",
                audience.Span);
            return;
        }

        Error(DiagnosticCodes.AudienceUnknown, UnknownAudience(audience.Value, $"`{field}` is restricted to"), audience.Span);
    }

    private string UnknownAudience(string name, string what) =>
        $"{what} audience `{name}`, which `document_control.audiences` does not declare"
        + (NameSuggestion.Closest(name, declared) is { } close ? $"; did you mean `{close}`?" : $" (declared: {string.Join(", ", declared)})");

    /// <summary>Audience blocks in every Markdown field; false when one is malformed (the edition checks would only repeat it).</summary>
    private bool CheckBlocks(MappingNode root)
    {
        var ok = true;
        foreach (var (node, _) in MarkdownValues(root))
        {
            var (blocks, problems) = AudienceBlocks.Read(node.Value);
            foreach (var problem in problems)
            {
                Error(DiagnosticCodes.AudienceBlockMalformed, problem.Message, LineIn(node, problem.Line));
                ok = false;
            }

            foreach (var block in blocks.Where(b => !declared.Contains(b.Audience)))
            {
                Error(DiagnosticCodes.AudienceUnknown, UnknownAudience(block.Audience, "this block is restricted to"), LineIn(node, block.Line));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>A position an edition sees must not be tied to an agenda item that edition does not see.</summary>
    private void CheckAgendaReferences(MappingNode root)
    {
        var agenda = Items(root, "agenda").ToList();
        foreach (var (item, field) in Items(root, "positions"))
        {
            if (item is not MappingNode position
                || Unflagged(position.Find("agenda")?.Value) is not ScalarNode reference
                || YamlCoreSchema.IntegerValue(reference) is not { } number
                || number < 1 || number > agenda.Count
                || agenda[(int)number - 1].Node is not MappingNode agendaItem
                || AudienceOf(agendaItem) is not { } itemAudience
                || !declared.Contains(itemAudience.Value))
            {
                continue;
            }

            var positionAudience = AudienceOf(position)?.Value;
            if (positionAudience is not null && !declared.Contains(positionAudience))
                continue;
            var widest = declared.LastOrDefault(edition => Sees(edition, positionAudience) && !Sees(edition, itemAudience.Value));
            if (widest is not null)
            {
                Error(DiagnosticCodes.AudienceReferenceRestricted,
                    $"`{field}` is in the `{widest}` edition, but agenda item {number} is restricted to `{itemAudience.Value}`: restrict the position too (`audience: {itemAudience.Value}`), or tie it to another item",
                    reference.Span);
            }
        }
    }

    /// <summary>Each edition must still be a briefing: an objective, an agenda item, a body for each position and section it shows.</summary>
    private void CheckEditionsNotEmpty(MappingNode root)
    {
        foreach (var edition in declared)
        {
            bool sees(string? restrictedTo) => Sees(edition, restrictedTo);
            bool blank(ScalarNode value) => string.IsNullOrWhiteSpace(AudienceBlocks.Filter(value.Value, name => sees(name)));

            if (Unflagged(root.Find("objective")?.Value) is ScalarNode objective && blank(objective))
                Empty(edition, "`objective` has no text", objective.Span);

            var agenda = Items(root, "agenda").ToList();
            if (agenda.Count > 0 && agenda.All(a => a.Node is MappingNode item && AudienceOf(item) is { } audience && !sees(audience.Value)))
                Empty(edition, "the agenda has no item", root.Find("agenda")!.Value.Span);

            foreach (var list in new[] { "positions", "sections" })
            {
                foreach (var (item, field) in Items(root, list))
                {
                    if (item is MappingNode mapping && sees(AudienceOf(mapping)?.Value)
                        && Unflagged(mapping.Find("body")?.Value) is ScalarNode body && blank(body))
                        Empty(edition, $"`{field}.body` has no text", body.Span);
                }
            }
        }
    }

    private void Empty(string edition, string what, SourceSpan span) =>
        Error(DiagnosticCodes.EditionEmpty,
            $"in the `{edition}` edition {what}: all of it is restricted to an inner circle; give that edition something of its own here (outside the `:::` blocks and restricted items)",
            span);

    private bool Sees(string edition, string? restrictedTo) => EditionFilter.Sees(declared, edition, restrictedTo);

    private IEnumerable<(ScalarNode Node, string Field)> MarkdownValues(MappingNode root)
    {
        foreach (var key in MarkdownFields)
        {
            if (Unflagged(root.Find(key)?.Value) is ScalarNode value)
                yield return (value, key);
        }

        foreach (var list in new[] { "positions", "sections" })
        {
            foreach (var (item, field) in Items(root, list))
            {
                if (item is MappingNode mapping && Unflagged(mapping.Find("body")?.Value) is ScalarNode body)
                    yield return (body, field + ".body");
            }
        }
    }

    private IEnumerable<(SourceNode Node, string Field)> Items(MappingNode root, string key) =>
        Unflagged(root.Find(key)?.Value) is SequenceNode list
            ? list.Items.Select((item, i) => (item, $"{key}[{i + 1}]"))
            : [];

    private ScalarNode? AudienceOf(MappingNode mapping) => Unflagged(mapping.Find("audience")?.Value) as ScalarNode;

    /// <summary>The place of a line of a literal block value (its first line is the one after the <c>|</c>).</summary>
    private static SourceSpan LineIn(ScalarNode value, int line) =>
        !value.IsLiteral
            ? value.Span
            : new SourceSpan(value.Span.File, value.Span.Line + 1 + line, 1);

    private SourceNode? Unflagged(SourceNode? node) => node is null || flagged.Contains(node) ? null : node;

    private void Error(string code, string message, SourceSpan span) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, message, span));
}
