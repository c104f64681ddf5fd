using System.Globalization;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// CSS counters while the box tree is built in document order (CSS Lists 3): a counter reset by an element
/// is in scope for the element, its descendants and its following siblings, so it is dropped when the
/// element's parent ends (<see cref="EnterChildren"/> / <see cref="LeaveChildren"/>). A nested reset
/// hides the outer one, and <c>counters()</c> shows the whole stack ("4.1"). Also the depth of quotes.
/// One instance per box tree build.
/// </summary>
public sealed class CounterState
{
    private readonly Dictionary<string, List<int>> values = new(StringComparer.Ordinal);

    /// <summary>Per open element, the counters its children created (they end with it).</summary>
    private readonly Stack<List<string>> scopes = new();

    public CounterState() => scopes.Push([]);

    public int QuoteDepth { get; set; }

    public void EnterChildren() => scopes.Push([]);

    public void LeaveChildren()
    {
        foreach (var name in scopes.Pop())
        {
            var stack = values[name];
            stack.RemoveAt(stack.Count - 1);
            if (stack.Count == 0)
            {
                values.Remove(name);
            }
        }
    }

    /// <summary>
    /// An element's counter-reset, counter-increment and counter-set (computed values such as "item 0 sec 2"),
    /// applied in that order. <paramref name="listItem"/>: the element is a list item, which increments
    /// <c>list-item</c> unless its counter-increment names it.
    /// </summary>
    public void Apply(string? reset, string? increment, string? set, bool listItem)
    {
        foreach (var (name, value) in Pairs(reset, 0))
        {
            Reset(name, value);
        }

        var incrementsListItem = false;
        foreach (var (name, value) in Pairs(increment, 1))
        {
            incrementsListItem |= name == "list-item";
            Increment(name, value);
        }

        if (listItem && !incrementsListItem)
        {
            Increment("list-item", 1);
        }

        foreach (var (name, value) in Pairs(set, 0))
        {
            Set(name, value);
        }
    }

    /// <summary>A new counter of this name (replacing one a previous sibling created).</summary>
    public void Reset(string name, int value)
    {
        var scope = scopes.Peek();
        if (scope.Contains(name))
        {
            values[name][^1] = value;
            return;
        }

        if (!values.TryGetValue(name, out var stack))
        {
            values[name] = stack = [];
        }

        stack.Add(value);
        scope.Add(name);
    }

    public void Increment(string name, int by)
    {
        if (!values.ContainsKey(name))
        {
            Reset(name, 0);
        }

        values[name][^1] = unchecked(values[name][^1] + by);
    }

    public void Set(string name, int value)
    {
        if (!values.ContainsKey(name))
        {
            Reset(name, value);
            return;
        }

        values[name][^1] = value;
    }

    /// <summary>The innermost value (0 when the counter does not exist, as CSS says).</summary>
    public int Value(string name) => values.TryGetValue(name, out var stack) ? stack[^1] : 0;

    /// <summary>Every value from the outermost in, for <c>counters()</c> (just 0 when the counter does not exist).</summary>
    public IReadOnlyList<int> Values(string name) => values.TryGetValue(name, out var stack) ? stack : [0];

    /// <summary>Every counter in force with all its values, outermost first (a copy: it does not change as the walk goes on).</summary>
    public IReadOnlyDictionary<string, int[]> Snapshot() => values.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>"a 1 b" → (a, 1), (b, default); "none" → nothing.</summary>
    private static IEnumerable<(string Name, int Value)> Pairs(string? text, int defaultValue)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "none")
        {
            yield break;
        }

        var words = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var name = words[i];
            var value = defaultValue;
            if (i + 1 < words.Length && int.TryParse(words[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
                i++;
            }

            if (name is not ("none" or "inherit" or "initial" or "unset"))
            {
                yield return (name, value);
            }
        }
    }
}
