using System.Text;

namespace BriefingCompiler.Tests.Loading;

/// <summary>
/// Whatever bytes a file holds, loading ends in a briefing or in positioned errors, never in an exception.
/// The inputs are the sample briefings and fixtures with a few bytes changed, inserted, deleted or moved,
/// drawn from a fixed seed so every run checks the same inputs. (This found YamlDotNet throwing
/// InvalidOperationException and ArgumentException on malformed input.)
/// </summary>
public class MutatedInputTests
{
    private static readonly byte[] Specials = Encoding.UTF8.GetBytes(":-[]{},&*!|>'\"%@`#?\t\n \\~0123456789.<");

    [Test]
    public void Mutated_briefings_load_to_a_model_or_to_positioned_errors([Values(1, 2, 3)] int seed)
    {
        var seeds = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "briefings"), "*.yaml")
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.Output, "Fixtures")))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        var random = new Random(seed);
        var problems = new List<string>();

        for (var run = 0; run < 1000; run++)
        {
            var bytes = Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                var result = BriefingLoader.Load("m.yaml", bytes);
                if (result.Briefing is null == !result.HasErrors
                    || result.Diagnostics.Any(d => d.Span.Line < 1 || d.Span.Column < 1 || d.Message.Length == 0))
                {
                    problems.Add($"run {run}: inconsistent result {string.Join(" | ", result.Diagnostics)}");
                }
            }
            catch (Exception exception)
            {
                problems.Add($"run {run}: {exception.GetType().Name}: {exception.Message}\n{Encoding.UTF8.GetString(bytes)}");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var edit = random.Next(1, 8); edit > 0 && bytes.Count > 0; edit--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = Specials[random.Next(Specials.Length)];
                    break;
                case 1:
                    bytes.Insert(at, Specials[random.Next(Specials.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 30), bytes.Count - at));
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    var chunk = bytes.GetRange(at, Math.Min(random.Next(1, 80), bytes.Count - at));
                    bytes.InsertRange(random.Next(bytes.Count), chunk);
                    break;
            }
        }

        return [.. bytes];
    }
}
