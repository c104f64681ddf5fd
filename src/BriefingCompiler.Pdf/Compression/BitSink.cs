using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Bits written least significant first into a byte buffer, as Deflate packs them (RFC 1951 §3.1.1). Each stream gets a
/// new buffer (<see cref="Start"/>), which becomes its output. A writer that knows how many bits a block takes reserves
/// room for them first (<see cref="Reserve"/>); <see cref="Write"/> then never checks.
/// </summary>
internal sealed class BitSink
{
    private byte[] buffer = [];
    private int length;
    private ulong pending;
    private int pendingBits;

    /// <summary>The bytes written so far (whole bytes only: <see cref="AlignToByte"/> first), in the buffer they were written to.</summary>
    public ReadOnlyMemory<byte> Output => buffer.AsMemory(0, length);

    /// <summary>Starts writing into a new buffer of <paramref name="capacity"/> bytes (it grows if a block needs more).</summary>
    /// <remarks>Uninitialised: a buffer is written from the start, and the pages past what is written are never touched.</remarks>
    public void Start(int capacity)
    {
        buffer = GC.AllocateUninitializedArray<byte>(capacity);
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
