using System.Text;

namespace BriefingCompiler.Tests.Golden;

/// <summary>The golden invalid inputs: the committed files plus the generated limit cases.</summary>
public static class GoldenInvalidCases
{
    private const string ValidHead = ValidSource.Head;

    public static IEnumerable<TestCaseData> All()
    {
        foreach (var yaml in Directory.EnumerateFiles(TestPaths.GoldenInvalid, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(yaml);
            var expected = File.ReadAllLines(Path.ChangeExtension(yaml, ".expected"))
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToList();
            yield return Case(new GoldenInvalidCase(name, () => File.ReadAllBytes(yaml), expected));
        }

        foreach (var generated in Generated())
        {
            yield return Case(generated);
        }
    }

    private static IEnumerable<GoldenInvalidCase> Generated()
    {
        // 5 MiB + 1 byte: a valid head padded with comment lines.
        yield return new GoldenInvalidCase("900-file-over-5-MiB", () =>
        {
            var text = new StringBuilder(ValidHead + "objective: padded\n");
            var comment = "# " + new string('x', 1021) + "\n";
            while (text.Length <= 5 * 1024 * 1024 - comment.Length)
            {
                text.Append(comment);
            }

            text.Append(new string('#', 5 * 1024 * 1024 + 1 - text.Length));
            return Encoding.UTF8.GetBytes(text.ToString());
        }, ["1:1 BRF1002"]);

        // A single value of 1 MiB + 1 byte, on line 14 after `objective: ` (column 12).
        yield return new GoldenInvalidCase("901-scalar-over-1-MiB", () =>
            Encoding.UTF8.GetBytes(ValidHead + "objective: " + new string('x', 1024 * 1024 + 1) + "\n"),
            ["14:12 BRF1013"]);

        // 65 levels: the root mapping is level 1, so the 64th bracket after `sections: ` (column 75) is level 65.
        yield return new GoldenInvalidCase("902-nesting-65-levels", () =>
            Encoding.UTF8.GetBytes(ValidHead + "sections: " + new string('[', 64) + new string(']', 64) + "\n"),
            ["14:74 BRF1014"]);

        // Billion laughs: nine levels of ten aliases each would expand to 10^9 nodes. Expansion is counted as
        // aliases are met: levels b–d add 110 + 1,110 + 11,110 nodes, and level e (line 20) crosses 100,000 at
        // its eighth alias `*d` (12,330 + 8 × 11,111 = 101,218), column 9 + 7 × 4 = 37.
        yield return new GoldenInvalidCase("903-alias-bomb", () =>
        {
            var text = new StringBuilder(ValidHead + "objective: laughs\nsections:\n");
            text.Append("  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var level = 'b'; level <= 'i'; level++)
            {
                var previous = (char)(level - 1);
                text.Append($"  - &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 10))}]\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }, ["20:37 BRF1015"]);
    }

    private static TestCaseData Case(GoldenInvalidCase golden) =>
        new TestCaseData(golden).SetName(golden.Name);
}
