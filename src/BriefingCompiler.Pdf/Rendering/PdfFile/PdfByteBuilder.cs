using System.Globalization;
using System.Runtime.CompilerServices;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// A content stream's bytes, appended as a <see cref="System.Text.StringBuilder"/> appends characters: PDF syntax is
/// ASCII, so each character appended is one byte (what <see cref="PdfSyntax"/> spells is ASCII; the two bytes of a CID
/// are appended as bytes). Why not a <c>StringBuilder</c>: the content streams are most of what a PDF writes (~2 MB over
/// the 60 corpus briefings), and a builder of UTF-16 characters held twice those bytes in chunks, then a copy as bytes —
/// half of the content stage's allocations, paid for in garbage collections (bench/README.md). One builder serves a
/// document's pages in turn (<see cref="Clear"/>), so its array is allocated once and grows to the longest page.
/// </summary>
internal sealed class PdfByteBuilder(int capacity = 16 * 1024)
{
    private byte[] bytes = GC.AllocateUninitializedArray<byte>(Math.Max(capacity, 16));
    private int length;

    public int Length => length;

    /// <summary>The bytes appended so far, valid until the next append.</summary>
    public ReadOnlySpan<byte> Written => bytes.AsSpan(0, length);

    /// <summary>Empties the builder, keeping its array.</summary>
    public PdfByteBuilder Clear()
    {
        length = 0;
        return this;
    }

    /// <summary>A new array of the bytes appended (the caller's: a stream hands it to another thread to compress).</summary>
    public byte[] ToArray() => Written.ToArray();

    /// <summary>Appends one byte: a character of PDF syntax (ASCII) or a byte of a string's content.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PdfByteBuilder Append(char c)
    {
        if (length == bytes.Length) Grow(1);
        bytes[length++] = (byte)c;
        return this;
    }

    /// <summary>Appends ASCII text, one byte per character.</summary>
    public PdfByteBuilder Append(string text) => Append(text.AsSpan());

    /// <summary>Appends ASCII text, one byte per character.</summary>
    public PdfByteBuilder Append(ReadOnlySpan<char> text)
    {
        if (bytes.Length - length < text.Length) Grow(text.Length);
        var target = bytes.AsSpan(length, text.Length);
        for (var i = 0; i < text.Length; i++) target[i] = (byte)text[i];
        length += text.Length;
        return this;
    }

    /// <summary>Appends a whole number in decimal.</summary>
    public PdfByteBuilder Append(int value)
    {
        if (bytes.Length - length < 11) Grow(11);
        value.TryFormat(bytes.AsSpan(length), out var written, provider: CultureInfo.InvariantCulture);
        length += written;
        return this;
    }

    /// <summary>Appends <paramref name="items"/> with <paramref name="separator"/> between them.</summary>
    public PdfByteBuilder AppendJoin(char separator, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first) Append(separator);
            Append(item);
            first = false;
        }

        return this;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        var grown = GC.AllocateUninitializedArray<byte>(Math.Max(checked(length + needed), bytes.Length * 2));
        bytes.AsSpan(0, length).CopyTo(grown);
        bytes = grown;
    }
}
