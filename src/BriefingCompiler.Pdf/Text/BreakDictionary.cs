using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A word list for dictionary line breaking, read from an ICU break dictionary (<c>.dict</c>, data format "Dict"
/// version 1) whose words are stored as a byte-serialized trie (ICU's BytesTrie): each character of the script is
/// one byte, its code point minus the script's base (the dictionary's "offset" transform), ZWJ 0xFF and ZWNJ 0xFE.
/// The trie is walked in place; nothing is expanded at load time. Immutable after construction: one instance
/// serves every document and thread.
/// </summary>
internal sealed class BreakDictionary
{
    // The trie's node encoding (ICU bytestrie.h, "BytesTrie data structure"): lead bytes 00–0f open a branch,
    // 10–1f a linear match of 1–16 bytes, 20–ff a value (bit 0 set: final).
    private const int MinLinearMatch = 0x10;
    private const int MinValueLead = 0x20;
    private const int MaxBranchLinearSubNodeLength = 5;
    private const int MinOneByteValueLead = 0x10;
    private const int MinTwoByteValueLead = 0x51;
    private const int MinThreeByteValueLead = 0x6c;
    private const int FourByteValueLead = 0x7e;
    private const int MinTwoByteDeltaLead = 0xc0;
    private const int MinThreeByteDeltaLead = 0xf0;
    private const int FourByteDeltaLead = 0xfe;

    // ICU's DictionaryData: trie type in the low bits of index 4, transform in index 5.
    private const int TrieTypeMask = 7;
    private const int TrieTypeBytes = 0;
    private const int TransformTypeMask = 0x7f000000;
    private const int TransformTypeOffset = 0x01000000;
    private const int TransformOffsetMask = 0x1fffff;

    private readonly byte[] trie;
    private readonly int offset;

    private BreakDictionary(byte[] trie, int offset)
    {
        this.trie = trie;
        this.offset = offset;
    }

    /// <summary>The lowest code point the dictionary's words use (the transform's base, U+0E00 for Thai).</summary>
    public int BaseCodePoint => offset;

    /// <summary>Reads a little-endian ICU <c>.dict</c> file whose trie is a BytesTrie with an offset transform
    /// (the form of ICU's Thai, Lao, Khmer and Burmese dictionaries). <paramref name="name"/> names it in errors.</summary>
    public static BreakDictionary Read(ReadOnlySpan<byte> data, string name)
    {
        // ICU's data header: headerSize (2 bytes), magic 0xda 0x27, then UDataInfo (size, reserved, isBigEndian,
        // charsetFamily, sizeofUChar, reserved, dataFormat[4], formatVersion[4], dataVersion[4]).
        if (data.Length < 24 || data[2] != 0xda || data[3] != 0x27)
            throw new InvalidDataException($"{name} is not an ICU data file.");
        var headerSize = BinaryPrimitives.ReadUInt16LittleEndian(data);
        if (data[8] != 0 || !data.Slice(12, 4).SequenceEqual("Dict"u8) || data[16] != 1)
            throw new InvalidDataException($"{name} is not a little-endian ICU break dictionary of format version 1.");
        var indexes = data[headerSize..];
        var trieStart = BinaryPrimitives.ReadInt32LittleEndian(indexes);
        var trieEnd = BinaryPrimitives.ReadInt32LittleEndian(indexes[4..]);
        var trieType = BinaryPrimitives.ReadInt32LittleEndian(indexes[16..]);
        var transform = BinaryPrimitives.ReadInt32LittleEndian(indexes[20..]);
        if ((trieType & TrieTypeMask) != TrieTypeBytes || (transform & TransformTypeMask) != TransformTypeOffset)
            throw new InvalidDataException($"{name} is not a byte trie with an offset transform.");
        if (trieStart < 0 || trieEnd <= trieStart || headerSize + trieEnd > data.Length)
            throw new InvalidDataException($"{name} is truncated.");
        return new BreakDictionary(indexes[trieStart..trieEnd].ToArray(), transform & TransformOffsetMask);
    }

    /// <summary>
    /// The lengths (UTF-16 units, ascending) of the dictionary words that <paramref name="text"/> starts with,
    /// written to <paramref name="lengths"/>; returns how many. Stops at the first character outside the
    /// dictionary's script, and when <paramref name="lengths"/> is full.
    /// </summary>
    public int MatchPrefixes(ReadOnlySpan<char> text, Span<int> lengths)
    {
        var cursor = new Cursor(trie);
        var count = 0;
        for (var i = 0; i < text.Length && count < lengths.Length; i++)
        {
            var input = Transform(text[i]);
            if (input < 0) break;
            var result = cursor.Next(input);
            if (result == Result.NoMatch) break;
            if (result is Result.FinalValue or Result.IntermediateValue) lengths[count++] = i + 1;
            if (result == Result.FinalValue) break;
        }

        return count;
    }

    /// <summary>Whether <paramref name="word"/> is one of the dictionary's words.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<int> lengths = stackalloc int[64];
        var count = MatchPrefixes(word, lengths);
        return count > 0 && lengths[count - 1] == word.Length;
    }

    private int Transform(char c)
    {
        if (c == '\u200D') return 0xff;
        if (c == '\u200C') return 0xfe;
        var delta = c - offset;
        return delta is < 0 or > 0xfd ? -1 : delta;
    }

    private enum Result : byte
    {
        NoMatch,
        NoValue,
        FinalValue,
        IntermediateValue,
    }

    /// <summary>A position in the trie: the next node to read and, inside a linear-match node, how many of its
    /// bytes are left to match (minus one; -1 outside such a node).</summary>
    private ref struct Cursor(byte[] trie)
    {
        private readonly byte[] trie = trie;
        private int position;
        private int remainingMatch = -1;

        public Result Next(int input)
        {
            if (position < 0) return Result.NoMatch;
            if (remainingMatch >= 0)
            {
                if (input != trie[position]) return Stop();
                position++;
                remainingMatch--;
                return remainingMatch < 0 ? ResultAt(position) : Result.NoValue;
            }

            while (true)
            {
                int node = trie[position++];
                if (node < MinLinearMatch) return Branch(node, input);
                if (node < MinValueLead)
                {
                    if (input != trie[position]) return Stop();
                    position++;
                    remainingMatch = node - MinLinearMatch - 1;
                    return remainingMatch < 0 ? ResultAt(position) : Result.NoValue;
                }

                // A final value ends every word through here; an intermediate one is skipped to the next node.
                if ((node & 1) != 0) return Stop();
                position = SkipValue(position, node);
            }
        }

        private Result Branch(int length, int input)
        {
            if (length == 0) length = trie[position++];
            length++;
            // Split nodes halve the branch until a short list of (byte, value or jump) pairs is left.
            while (length > MaxBranchLinearSubNodeLength)
            {
                if (input < trie[position++])
                {
                    length >>= 1;
                    position = JumpByDelta(position);
                }
                else
                {
                    length -= length >> 1;
                    position = SkipDelta(position);
                }
            }

            do
            {
                if (input == trie[position++])
                {
                    int node = trie[position];
                    if ((node & 1) != 0)
                    {
                        return Result.FinalValue; // the word ends here and nothing continues it
                    }

                    position++;
                    var delta = ReadCompactInt(ref position, node >> 1);
                    position += delta;
                    return ResultAt(position);
                }

                length--;
                position = SkipValue(position + 1, trie[position]);
            }
            while (length > 1);

            if (input != trie[position++]) return Stop();
            return ResultAt(position);
        }

        private readonly Result ResultAt(int at)
        {
            int node = trie[at];
            return node >= MinValueLead ? (Result)((int)Result.IntermediateValue - (node & 1)) : Result.NoValue;
        }

        private Result Stop()
        {
            position = -1;
            return Result.NoMatch;
        }

        /// <summary>A value's compact integer (the lead byte already shifted right by one, its bytes after it).</summary>
        private readonly int ReadCompactInt(ref int at, int lead)
        {
            if (lead < MinTwoByteValueLead) return lead - MinOneByteValueLead;
            if (lead < MinThreeByteValueLead) return ((lead - MinTwoByteValueLead) << 8) | trie[at++];
            int value;
            if (lead < FourByteValueLead)
            {
                value = ((lead - MinThreeByteValueLead) << 16) | (trie[at] << 8) | trie[at + 1];
                at += 2;
            }
            else if (lead == FourByteValueLead)
            {
                value = (trie[at] << 16) | (trie[at + 1] << 8) | trie[at + 2];
                at += 3;
            }
            else
            {
                value = (trie[at] << 24) | (trie[at + 1] << 16) | (trie[at + 2] << 8) | trie[at + 3];
                at += 4;
            }

            return value;
        }

        private static int SkipValue(int at, int leadByte)
        {
            if (leadByte < MinTwoByteValueLead << 1) return at;
            if (leadByte < MinThreeByteValueLead << 1) return at + 1;
            if (leadByte < FourByteValueLead << 1) return at + 2;
            return at + 3 + ((leadByte >> 1) & 1);
        }

        private readonly int JumpByDelta(int at)
        {
            int delta = trie[at++];
            if (delta < MinTwoByteDeltaLead) return at + delta;
            if (delta < MinThreeByteDeltaLead) return at + 1 + (((delta - MinTwoByteDeltaLead) << 8) | trie[at]);
            if (delta < FourByteDeltaLead)
                return at + 2 + (((delta - MinThreeByteDeltaLead) << 16) | (trie[at] << 8) | trie[at + 1]);
            if (delta == FourByteDeltaLead) return at + 3 + ((trie[at] << 16) | (trie[at + 1] << 8) | trie[at + 2]);
            return at + 4 + ((trie[at] << 24) | (trie[at + 1] << 16) | (trie[at + 2] << 8) | trie[at + 3]);
        }

        private readonly int SkipDelta(int at)
        {
            int delta = trie[at++];
            if (delta < MinTwoByteDeltaLead) return at;
            if (delta < MinThreeByteDeltaLead) return at + 1;
            if (delta < FourByteDeltaLead) return at + 2;
            return at + 3 + (delta & 1);
        }
    }
}
