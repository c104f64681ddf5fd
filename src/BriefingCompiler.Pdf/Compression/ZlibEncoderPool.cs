using System.Collections.Concurrent;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// The <see cref="ZlibEncoder"/>s of one renderer (one build), lent to whichever thread compresses a stream and given
/// back after: a build's documents and their streams reuse a few encoders' tables (~350 KB each) instead of allocating
/// fresh ones per stream, which is what made the runtime's zlib slow here. Safe for the build's parallel documents.
/// </summary>
public sealed class ZlibEncoderPool
{
    private readonly ConcurrentBag<ZlibEncoder> idle = [];

    /// <summary><paramref name="data"/> as a zlib stream at <paramref name="level"/>, by an encoder of the pool.</summary>
    internal ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> data, int level)
    {
        if (!idle.TryTake(out var encoder)) encoder = new ZlibEncoder();
        try
        {
            return encoder.Compress(data, level);
        }
        finally
        {
            idle.Add(encoder);
        }
    }
}
