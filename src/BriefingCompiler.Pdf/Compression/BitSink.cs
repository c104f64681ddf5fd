using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Bits written least significant first into a byte buffer, as Deflate packs them (RFC 1951 §3.1.1). The buffer is kept
/// from stream to stream (<see cref="Start"/>) and each stream's output copied out of it at its exact length
/// (<see cref="Output"/>): a buffer per stream sized for the worst case (a quarter more than the input) reserved ~3× what
/// the streams take, and every byte reserved counts towards the next garbage collection. A writer that knows how many bits a block takes reserves
/// room for them first (<see cref="Reserve"/>); <see cref="Write"/> then never checks.
/// </summary>
internal sealed class BitSink
{
    private byte[] buffer = [];
    private int length;
    private ulong pending;
    private int pendingBits;

    /// <summary>The most a buffer kept between streams holds: one made for a larger stream (an image) is let go after it.</summary>
    private const int KeptCapacity = 1 << 20;

    /// <summary>The bytes written so far (whole bytes only: <see cref="AlignToByte"/> first), in a new array of their own.</summary>
    public byte[] Output()
    {
        var output = buffer.AsSpan(0, length).ToArray();
        if (buffer.Length > KeptCapacity) buffer = [];
        return output;
    }

    /// <summary>Starts a stream, with room for <paramref name="capacity"/> bytes (the buffer grows if a block needs more).</summary>
    /// <remarks>A new buffer is uninitialised: it is written from the start, and the pages past what is written are never touched.</remarks>
    public void Start(int capacity)
    {
        if (buffer.Length < capacity) buffer = GC.AllocateUninitializedArray<byte>(capacity);
        length = 0;
        pending = 0;
        pendingBits = 0;
    }

    /// <summary>Room for <paramref name="bits"/> more bits.</summary>
    public void Reserve(long bits) => EnsureRoom((int)((bits + 7) / 8) + 16);

    /// <summary>The <paramref name="count"/> (≤ 32) low bits of <paramref name="bits"/>; room reserved before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(uint bits, int count)
    {
        pending |= (ulong)bits << pendingBits;
        pendingBits += count;
        if (pendingBits < 32) return;
        // One predictable comparison instead of a span's checks, as this runs for every symbol; room was reserved (Reserve),
        // so it never fails unless a caller reserved too little.
        if ((uint)length > (uint)(buffer.Length - sizeof(uint))) TooLittleRoom();
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(buffer), length),
            BitConverter.IsLittleEndian ? (uint)pending : BinaryPrimitives.ReverseEndianness((uint)pending));
        length += 4;
        pending >>= 32;
        pendingBits -= 32;
    }

    /// <summary>Zero bits up to the next byte boundary, and every pending bit out to the buffer.</summary>
    public void AlignToByte()
    {
        EnsureRoom(8);
        while (pendingBits > 0)
        {
            buffer[length++] = (byte)pending;
            pending >>= 8;
            pendingBits = Math.Max(0, pendingBits - 8);
        }

        pending = 0;
    }

    /// <summary>Bytes as they are, after <see cref="AlignToByte"/> (a stored block's data, the zlib header and checksum).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        EnsureRoom(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void TooLittleRoom() => throw new InvalidOperationException("A Deflate block was written past the room reserved for it.");

    private void EnsureRoom(int count)
    {
        if (length + count <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
    }
}
