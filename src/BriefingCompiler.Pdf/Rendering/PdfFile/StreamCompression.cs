using BriefingCompiler.Pdf.Compression;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// One stream's Deflate compression, done once by whichever thread claims it first: a thread-pool thread it was handed to
/// when it was added, or the writing thread when it needs the bytes (<see cref="Run"/>) or has nothing else to do
/// (<see cref="PdfObjectWriter"/> runs every unclaimed one before it waits for any). Why not a plain <c>Task.Run</c>:
/// in a one-shot build the pool runs a single thread for the first milliseconds (measured: the founding briefing's
/// 93 KB font program, its object stream and a 22 KB font program were compressed one after the other on one pool thread
/// while the writing thread waited), and a task already queued to the pool cannot be taken back and run by its waiter.
/// </summary>
internal sealed class StreamCompression
{
    private readonly byte[] data;
    private readonly DeflateSearch search;
    private readonly ZlibEncoderPool encoders;
    private readonly TaskCompletionSource<ReadOnlyMemory<byte>> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int claimed;

    /// <summary>Compresses <paramref name="data"/> (which the caller no longer changes), searched as <paramref name="search"/> says, on the
    /// thread pool, unless the writer gets to it first.</summary>
    public StreamCompression(byte[] data, DeflateSearch search, ZlibEncoderPool encoders)
    {
        this.data = data;
        this.search = search;
        this.encoders = encoders;
        ThreadPool.UnsafeQueueUserWorkItem(static self => self.Run(), this, preferLocal: false);
    }

    /// <summary>The uncompressed length.</summary>
    public int Length => data.Length;

    /// <summary>Compresses the stream here if no thread has claimed it yet; returns at once otherwise.</summary>
    public void Run()
    {
        if (Interlocked.Exchange(ref claimed, 1) != 0) return;
        try
        {
            result.SetResult(encoders.Compress(data, search));
        }
        catch (Exception exception)
        {
            result.SetException(exception);
        }
    }

    /// <summary>Claims the compression without doing it, if no thread has: its bytes are not wanted after all (a program made
    /// again, <see cref="FontProgram"/>). Asking for them afterwards fails instead of waiting for ever.</summary>
    public void Forgo()
    {
        if (Interlocked.Exchange(ref claimed, 1) == 0) result.SetCanceled();
    }

    /// <summary>The compressed bytes: compressed here if no thread has claimed them, else waited for.</summary>
    public ReadOnlyMemory<byte> Bytes()
    {
        Run();
        return result.Task.GetAwaiter().GetResult();
    }
}
