using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// HarfBuzz blobs over a native copy of font bytes, freed when HarfBuzz lets go of them. Not <c>Blob.FromStream</c>:
/// HarfBuzzSharp 14.4 makes that a read-only blob over a managed array pinned only while the constructor runs, so
/// HarfBuzz later reads memory the GC has moved (garbage advances, crashes).
/// </summary>
internal static class NativeBlob
{
    public static unsafe Blob CopyOf(ReadOnlySpan<byte> bytes)
    {
        var memory = NativeMemory.Alloc((nuint)Math.Max(bytes.Length, 1));
        bytes.CopyTo(new Span<byte>(memory, bytes.Length));
        return new Blob((IntPtr)memory, bytes.Length, MemoryMode.ReadOnly, () => NativeMemory.Free(memory));
    }
}
