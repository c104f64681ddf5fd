namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// How hard <see cref="ZlibEncoder"/> looks for matches: zlib's four search parameters, and whether it looks one byte ahead
/// for a longer match (zlib's <c>deflate_slow</c>, levels 4–9) or takes the first (<c>deflate_fast</c>, levels 1–3).
/// <see cref="Level"/> gives zlib's own set for a level; other sets fill the gaps of zlib's table where a kind of stream
/// is better served between two levels (the PDF writer's content streams, <c>PdfObjectWriter.ContentSearch</c>).
/// </summary>
/// <param name="LooksAhead">Whether a match is taken only if the next position has no longer one.</param>
/// <param name="Good">A previous match this long quarters the chain looked at.</param>
/// <param name="Lazy">Looking ahead: no look-ahead after a match this long. Not looking ahead: a match this long or shorter
/// has the positions it covers entered in the chains.</param>
/// <param name="Nice">A match this long is taken at once.</param>
/// <param name="Chain">At most this many candidates are looked at.</param>
/// <param name="LevelClass">What the zlib header says of the effort (RFC 1950 §2.2, FLEVEL: 0 fastest … 3 slowest);
/// information for readers only.</param>
public readonly record struct DeflateSearch(bool LooksAhead, int Good, int Lazy, int Nice, int Chain, int LevelClass)
{
    /// <summary>zlib's configuration table, levels 1–9 (its <c>configuration_table</c> in deflate.c).</summary>
    private static readonly DeflateSearch[] Levels =
    [
        default,
        new(false, 4, 4, 8, 4, 0),
        new(false, 4, 5, 16, 8, 1),
        new(false, 4, 6, 32, 32, 1),
        new(true, 4, 4, 16, 16, 1),
        new(true, 8, 16, 32, 32, 1),
        new(true, 8, 16, 128, 128, 2),
        new(true, 8, 32, 128, 256, 3),
        new(true, 32, 128, 258, 1024, 3),
        new(true, 32, 258, 258, 4096, 3),
    ];

    /// <summary>zlib's search at <paramref name="level"/> (1–9).</summary>
    public static DeflateSearch Level(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 9);
        return Levels[level];
    }
}
