using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Conformance;

/// <summary>
/// How two renderings differ: the number of pixels that differ in any channel, the largest difference of one
/// channel (0–255), or a difference of page count or page size, which no tolerance forgives.
/// </summary>
public sealed record PageComparison(int DifferingPixels, int MaxDifference, string? ShapeDifference)
{
    public bool IsIdentical => ShapeDifference is null && DifferingPixels == 0;

    public bool Matches(FuzzyTolerance tolerance) => ShapeDifference is null && tolerance.Accepts(MaxDifference, DifferingPixels);

    public override string ToString() =>
        ShapeDifference ?? (DifferingPixels == 0 ? "identical" : $"{DifferingPixels} pixels differ, by up to {MaxDifference}");

    /// <summary>Every page of <paramref name="test"/> against the same page of <paramref name="reference"/>.</summary>
    public static PageComparison Of(IReadOnlyList<PageRaster> test, IReadOnlyList<PageRaster> reference)
    {
        if (test.Count != reference.Count)
            return new PageComparison(0, 0, $"{test.Count} pages, the reference {reference.Count}");
        var differing = 0;
        var max = 0;
        for (var i = 0; i < test.Count; i++)
        {
            var (a, b) = (test[i], reference[i]);
            if (a.Width != b.Width || a.Height != b.Height)
                return new PageComparison(0, 0, $"page {i + 1} is {a.Width}×{a.Height} px, the reference's {b.Width}×{b.Height} px");
            var (pageDiffering, pageMax) = Compare(a.Rgba, b.Rgba);
            differing += pageDiffering;
            max = Math.Max(max, pageMax);
        }

        return new PageComparison(differing, max, null);
    }

    private static (int Differing, int Max) Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.SequenceEqual(b))
            return (0, 0);
        var differing = 0;
        var max = 0;
        // Whole pixels first: most pages are mostly identical, and four bytes compare as one integer.
        var pixelsA = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(a);
        var pixelsB = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(b);
        for (var i = 0; i < pixelsA.Length; i++)
        {
            if (pixelsA[i] == pixelsB[i])
                continue;
            differing++;
            var at = i * PageRaster.BytesPerPixel;
            for (var c = 0; c < PageRaster.BytesPerPixel; c++)
                max = Math.Max(max, Math.Abs(a[at + c] - b[at + c]));
        }

        return (differing, max);
    }
}
