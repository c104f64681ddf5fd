using BriefingCompiler.Pdf.Compression;

namespace BriefingCompiler.Pdf.Tests.Compression;

/// <summary>The code builder's own sort of (frequency, symbol) keys: the order the runtime's sort gives, at every size the
/// three Deflate alphabets have (19, 30 and up to 286 symbols) and past them.</summary>
public class HuffmanCodeTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(19)]
    [TestCase(32)]
    [TestCase(33)]
    [TestCase(286)]
    [TestCase(1000)]
    public void Keys_come_out_in_the_order_the_runtimes_sort_gives(int count)
    {
        var random = new Random(count);
        foreach (var maxFrequency in new[] { 1, 200, 70_000, int.MaxValue })
        {
            // Distinct keys, as the builder makes them: a frequency above the symbol's number.
            var keys = Enumerable.Range(0, count).Select(symbol => ((long)random.Next(1, maxFrequency) << 16) | (uint)symbol).ToArray();
            random.Shuffle(keys);
            var expected = keys.Order().ToArray();
            HuffmanCode.SortKeys(keys);
            Assert.That(keys, Is.EqualTo(expected), $"{count} keys, frequencies below {maxFrequency}");
        }
    }
}
