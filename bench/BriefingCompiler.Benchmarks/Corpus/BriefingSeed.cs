using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BriefingCompiler.Benchmarks.Corpus;

public sealed record SeedAgendaItem(string Title, bool Tentative);

/// <param name="AgendaItem">The 1-based seed agenda item the position belongs to, if it says.</param>
public sealed record SeedPosition(string Topic, int? AgendaItem, string Body);

/// <summary>
/// The parts of one sample briefing that the corpus generator recombines. Read from a real briefing
/// file (briefings/*.yaml, bench/corpus-seeds/*.yaml); fields the generator varies itself (session
/// number, versions, status, marking…) are not kept.
/// </summary>
public sealed record BriefingSeed(
    string FileName,
    string Language,
    string SessionTitle,
    string Objective,
    string? Background,
    string? AgendaIntro,
    IReadOnlyList<SeedAgendaItem> Agenda,
    IReadOnlyList<SeedPosition> Positions,
    string? Closing,
    IReadOnlyList<KeyValuePair<string, string>> Labels,
    string Title,
    string Audience,
    string? OriginalLanguage)
{
    public static BriefingSeed Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var documentControl = Mapping(root, "document_control");
        var agenda = Sequence(root, "agenda").Select(item => item switch
        {
            YamlScalarNode title => new SeedAgendaItem(title.Value ?? "", Tentative: false),
            YamlMappingNode entry => new SeedAgendaItem(
                Text(entry, "title"), OptionalText(entry, "status") == "tentative"),
            _ => throw new InvalidDataException($"{path}: an agenda item is a string or a mapping"),
        }).ToList();
        var positions = root.Children.ContainsKey("positions")
            ? Sequence(root, "positions").Cast<YamlMappingNode>()
                  .Select(p => new SeedPosition(
                      Text(p, "topic"),
                      OptionalText(p, "agenda") is { } item ? int.Parse(item, CultureInfo.InvariantCulture) : null,
                      Text(p, "body")))
                  .ToList()
            : [];
        var labels = root.Children.ContainsKey("labels")
            ? Mapping(root, "labels").Children
                  .Select(kv => new KeyValuePair<string, string>(((YamlScalarNode)kv.Key).Value!, ((YamlScalarNode)kv.Value).Value!))
                  .ToList()
            : [];
        if (agenda.Count < 3)
            throw new InvalidDataException($"{path}: a seed needs at least 3 agenda items (opening, one topic, closing)");
        return new BriefingSeed(
            Path.GetFileName(path),
            Text(root, "language"),
            Text(Mapping(root, "session"), "title"),
            Text(root, "objective"),
            OptionalText(root, "background"),
            OptionalText(root, "agenda_intro"),
            agenda,
            positions,
            OptionalText(root, "closing"),
            labels,
            Text(documentControl, "title"),
            Text(documentControl, "audience"),
            OptionalText(documentControl, "original_language"));
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[key];

    private static YamlSequenceNode Sequence(YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[key];

    private static string Text(YamlMappingNode node, string key) =>
        OptionalText(node, key) ?? throw new InvalidDataException($"missing '{key}'");

    private static string? OptionalText(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;
}
