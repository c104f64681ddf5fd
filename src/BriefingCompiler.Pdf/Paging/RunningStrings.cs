using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// The named strings and running elements of one page (CSS GCPM §1.1.2, §2.4: an element's value is the element, its
/// policies those of strings): the value each name has on entering the page (the last one set on the
/// pages before), the first and last value set on the page, and which names are set by the page's first element.
/// <c>string(name, first)</c> shows the first value set on the page or the entry value; <c>start</c> the entry value unless
/// the page's first element sets it; <c>last</c> the last value set on the page or the entry value; <c>first-except</c>
/// the entry value, but nothing on a page that sets it.
/// </summary>
public sealed class RunningStrings
{
    private readonly Dictionary<string, string> entry;
    private readonly Dictionary<string, string> first = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> last = new(StringComparer.Ordinal);
    private readonly HashSet<string> atStart = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunningElement> elementEntry;
    private readonly Dictionary<string, RunningElement> firstElement = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunningElement> lastElement = new(StringComparer.Ordinal);
    private readonly HashSet<string> elementAtStart = new(StringComparer.Ordinal);

    private RunningStrings(Dictionary<string, string> entry, Dictionary<string, RunningElement> elementEntry)
    {
        this.entry = entry;
        this.elementEntry = elementEntry;
    }

    /// <summary>The strings of each page, from its body fragment (the boxes in document order, footnotes last).</summary>
    public static IReadOnlyList<RunningStrings> Of(IEnumerable<BoxFragment> bodies)
    {
        var result = new List<RunningStrings>();
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        var currentElements = new Dictionary<string, RunningElement>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var page = new RunningStrings(new Dictionary<string, string>(current, StringComparer.Ordinal), new Dictionary<string, RunningElement>(currentElements, StringComparer.Ordinal));
            var contentSeen = false;
            page.Walk(body, ref contentSeen);
            foreach (var (name, value) in page.last)
                current[name] = value;
            foreach (var (name, value) in page.lastElement)
                currentElements[name] = value;
            result.Add(page);
        }

        return result;
    }

    /// <summary>Whether no page sets any string: then nothing is looked up.</summary>
    public bool IsEmpty => entry.Count == 0 && last.Count == 0;

    /// <summary>The value of <paramref name="name"/> on this page under <paramref name="policy"/>; empty when it was never set.</summary>
    public string Value(string name, string policy) => policy switch
    {
        "start" => atStart.Contains(name) ? first[name] : entry.GetValueOrDefault(name, ""),
        "last" => last.TryGetValue(name, out var value) ? value : entry.GetValueOrDefault(name, ""),
        "first-except" => first.ContainsKey(name) ? "" : entry.GetValueOrDefault(name, ""),
        _ => first.TryGetValue(name, out var value) ? value : entry.GetValueOrDefault(name, ""),
    };

    /// <summary>The running element <paramref name="name"/> on this page under <paramref name="policy"/> (as <see cref="Value"/>); null for none.</summary>
    public RunningElement? Element(string name, string policy) => policy switch
    {
        "start" => elementAtStart.Contains(name) ? firstElement[name] : elementEntry.GetValueOrDefault(name),
        "last" => lastElement.TryGetValue(name, out var value) ? value : elementEntry.GetValueOrDefault(name),
        "first-except" => firstElement.ContainsKey(name) ? null : elementEntry.GetValueOrDefault(name),
        _ => firstElement.TryGetValue(name, out var value) ? value : elementEntry.GetValueOrDefault(name),
    };

    private void SetElement(RunningElement running, bool contentSeen)
    {
        if (firstElement.TryAdd(running.Name, running) && !contentSeen)
            elementAtStart.Add(running.Name);
        lastElement[running.Name] = running;
    }

    /// <summary>Reads the assignments in document order: a box sets its strings where it begins, not on the pages it
    /// continues on; "the page's first element" is one before any line or other content of the page.</summary>
    private void Walk(Fragment fragment, ref bool contentSeen)
    {
        switch (fragment)
        {
            case BoxFragment box:
                if (box.Box.StringSets is { } sets && !box.IsContinuation)
                {
                    foreach (var set in sets)
                    {
                        if (first.TryAdd(set.Name, set.Value) && !contentSeen)
                            atStart.Add(set.Name);
                        last[set.Name] = set.Value;
                    }
                }

                if (box.Box.Running is { } running)
                    SetElement(running, contentSeen);
                if (box.Children.Count == 0 && box.Height > 0)
                    contentSeen = true;
                foreach (var child in box.Children)
                    Walk(child, ref contentSeen);
                break;
            case LineFragment line:
                // Running elements that were inline stand in the text (InlineTag.Running): set where they stand, in
                // reading order, one before the line's first text still at the page's start.
                foreach (var run in line.Line.Runs.OrderBy(r => r.SourceOffset))
                {
                    if (run.Tag is InlineTag { Running: { } inText })
                        SetElement(inText, contentSeen);
                    else if (run.Tag is not InlineTag { Edge: not null })
                        contentSeen = true;
                }

                contentSeen = true;
                foreach (var atomic in line.Atomics)
                    Walk(atomic, ref contentSeen);
                break;
            default:
                contentSeen = true;
                break;
        }
    }
}
