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

    /// <summary>How many encoders the pool has made.</summary>
    private int made;

    /// <summary>Makes an encoder on a pool thread and touches its tables there (<see cref="ZlibEncoder.Prepare"/>), for a long
    /// compression that will come soon: in a one-shot build its tables are fresh memory, ~50 page faults, and a pool
    /// thread idle meanwhile can take them instead of the compression's critical path.</summary>
    /// <remarks>Only while the pool has fewer encoders than the machine has cores: a build's later documents find theirs made.</remarks>
    internal void PrepareOnPool()
    {
        if (Volatile.Read(ref made) >= Environment.ProcessorCount) return;
        Interlocked.Increment(ref made);
        ThreadPool.UnsafeQueueUserWorkItem(static pool =>
        {
            var encoder = new ZlibEncoder();
            encoder.Prepare();
            pool.idle.Add(encoder);
        }, this, preferLocal: false);
    }

    /// <summary><paramref name="data"/> as a zlib stream, searched as <paramref name="search"/> says, by an encoder of the pool.</summary>
    internal ReadOnlyMemory<byte> Compress(ReadOnlySpan<byte> data, DeflateSearch search)
    {
        if (!idle.TryTake(out var encoder))
        {
            encoder = new ZlibEncoder();
            Interlocked.Increment(ref made);
        }

        try
        {
            return encoder.Compress(data, search);
        }
        finally
        {
            idle.Add(encoder);
        }
    }
}
