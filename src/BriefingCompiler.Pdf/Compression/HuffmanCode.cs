namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// A canonical Huffman code for one Deflate alphabet (RFC 1951 §3.2.2): each symbol's code length, limited to a
/// maximum, and its code with the bits reversed, ready for a least-significant-first bit writer.
/// </summary>
internal sealed class HuffmanCode
{
    public HuffmanCode(int symbols)
    {
        Lengths = new byte[symbols];
        Codes = new ushort[symbols];
    }

    /// <summary>Each symbol's code length in bits; 0 for a symbol that has no code.</summary>
    public byte[] Lengths { get; }

    /// <summary>Each symbol's code, bit-reversed.</summary>
    public ushort[] Codes { get; }

    /// <summary>An optimal code for <paramref name="frequencies"/> with no code longer than <paramref name="maxBits"/>: Huffman's
    /// lengths (Moffat and Katajainen's in-place algorithm over the symbols sorted by frequency), then, where they exceed the
    /// limit, the deepest codes shortened and the Kraft sum restored by lengthening the next-deepest (as zlib and miniz do).
    /// At least two symbols get codes, as inflaters expect of a tree (zlib's <c>build_tree</c> does the same).</summary>
    public void Build(ReadOnlySpan<int> frequencies, int maxBits)
    {
        Array.Clear(Lengths);
        Span<long> keyed = stackalloc long[frequencies.Length];
        var used = 0;
        for (var symbol = 0; symbol < frequencies.Length; symbol++)
        {
            if (frequencies[symbol] > 0) keyed[used++] = ((long)frequencies[symbol] << 16) | (uint)symbol;
        }

        // Zero or one symbol used: two codes of one bit (symbols 0 and 1 if nothing else), as a tree needs two leaves.
        if (used < 2)
        {
            var only = used == 1 ? (int)(keyed[0] & 0xFFFF) : 0;
            Lengths[only] = 1;
            Lengths[only == 0 ? 1 : 0] = 1;
            AssignCodes();
            return;
        }

        // Sorted by frequency, then by symbol: the same frequencies always give the same code.
        var sorted = keyed[..used];
        SortKeys(sorted);
        Span<int> depth = stackalloc int[used];
        for (var i = 0; i < used; i++) depth[i] = (int)(sorted[i] >> 16);
        MinimumRedundancyLengths(depth);

        Span<int> perLength = stackalloc int[33];
        foreach (var length in depth) perLength[Math.Min(length, 32)]++;
        LimitLengths(perLength, maxBits);

        // The longest codes to the least frequent symbols.
        var next = 0;
        for (var length = maxBits; length > 0; length--)
        {
            for (var count = perLength[length]; count > 0; count--) Lengths[(int)(sorted[next++] & 0xFFFF)] = (byte)length;
        }

        AssignCodes();
    }

    /// <summary>
    /// Sorts the (frequency, symbol) keys ascending, as <c>Span.Sort</c> would — keys are distinct, so the order is the same
    /// whatever the algorithm. A block builds three codes, each over up to 286 keys, and the generic sort compared them
    /// through a comparer call each (~6 % of Deflate's time over the 60 corpus briefings, `perf`): a few keys are
    /// insertion-sorted, more by bytes, least significant first, as many passes as the largest key has bytes.
    /// </summary>
    internal static void SortKeys(Span<long> keys)
    {
        if (keys.Length <= 32)
        {
            for (var i = 1; i < keys.Length; i++)
            {
                var key = keys[i];
                var at = i;
                for (; at > 0 && keys[at - 1] > key; at--) keys[at] = keys[at - 1];
                keys[at] = key;
            }

            return;
        }

        long largest = 0;
        foreach (var key in keys) largest = Math.Max(largest, key);
        Span<long> other = keys.Length <= 512 ? stackalloc long[keys.Length] : new long[keys.Length];
        Span<int> starts = stackalloc int[256];
        scoped Span<long> from = keys;
        scoped Span<long> to = other;
        for (var shift = 0; shift < 64 && (largest >> shift) != 0; shift += 8)
        {
            starts.Clear();
            foreach (var key in from) starts[(int)(key >> shift) & 0xFF]++;
            var start = 0;
            for (var digit = 0; digit < 256; digit++) (starts[digit], start) = (start, start + starts[digit]);
            foreach (var key in from) to[starts[(int)(key >> shift) & 0xFF]++] = key;
            var swap = from;
            from = to;
            to = swap;
        }

        if (from != keys) from.CopyTo(keys);
    }

    /// <summary>The code lengths of the symbols whose frequencies <paramref name="a"/> holds in ascending order, in place
    /// (A. Moffat, J. Katajainen, "In-place calculation of minimum-redundancy codes", 1995).</summary>
    private static void MinimumRedundancyLengths(Span<int> a)
    {
        var n = a.Length;
        a[0] += a[1];
        int root = 0, leaf = 2;
        for (var next = 1; next < n - 1; next++)
        {
            if (leaf >= n || a[root] < a[leaf]) { a[next] = a[root]; a[root++] = next; }
            else a[next] = a[leaf++];

            if (leaf >= n || (root < next && a[root] < a[leaf])) { a[next] += a[root]; a[root++] = next; }
            else a[next] += a[leaf++];
        }

        a[n - 2] = 0;
        for (var next = n - 3; next >= 0; next--) a[next] = a[a[next]] + 1;

        int available = 1, usedAtDepth = 0, depth = 0;
        root = n - 2;
        var slot = n - 1;
        while (available > 0)
        {
            while (root >= 0 && a[root] == depth) { usedAtDepth++; root--; }
            while (available > usedAtDepth) { a[slot--] = depth; available--; }
            available = 2 * usedAtDepth;
            depth++;
            usedAtDepth = 0;
        }
    }

    /// <summary>Counts of codes per length made to fit in <paramref name="maxBits"/> while keeping the code complete.</summary>
    private static void LimitLengths(Span<int> perLength, int maxBits)
    {
        for (var length = maxBits + 1; length < perLength.Length; length++)
        {
            perLength[maxBits] += perLength[length];
            perLength[length] = 0;
        }

        long total = 0;
        for (var length = 1; length <= maxBits; length++) total += (long)perLength[length] << (maxBits - length);
        while (total != 1L << maxBits)
        {
            perLength[maxBits]--;
            for (var length = maxBits - 1; length > 0; length--)
            {
                if (perLength[length] == 0) continue;
                perLength[length]--;
                perLength[length + 1] += 2;
                break;
            }

            total--;
        }
    }

    /// <summary>Lengths as given (the fixed code of RFC 1951 §3.2.6).</summary>
    public void SetLengths(ReadOnlySpan<byte> lengths)
    {
        lengths.CopyTo(Lengths);
        AssignCodes();
    }

    /// <summary>Canonical codes from the lengths (RFC 1951 §3.2.2), bit-reversed.</summary>
    private void AssignCodes()
    {
        Span<int> perLength = stackalloc int[16];
        foreach (var length in Lengths) perLength[length]++;
        perLength[0] = 0;
        Span<int> nextCode = stackalloc int[16];
        var code = 0;
        for (var bits = 1; bits < 16; bits++)
        {
            code = (code + perLength[bits - 1]) << 1;
            nextCode[bits] = code;
        }

        for (var symbol = 0; symbol < Lengths.Length; symbol++)
        {
            int length = Lengths[symbol];
            if (length == 0) continue;
            Codes[symbol] = Reverse(nextCode[length]++, length);
        }
    }

    /// <summary>The low <paramref name="length"/> bits of <paramref name="code"/> in reverse order (Deflate sends Huffman codes
    /// most significant bit first into a least-significant-first stream).</summary>
    private static ushort Reverse(int code, int length)
    {
        // Swap neighbouring bits, then pairs, nibbles and bytes of the 16-bit value: the code's bits end up reversed at the top.
        var value = (uint)code;
        value = ((value >> 1) & 0x5555) | ((value & 0x5555) << 1);
        value = ((value >> 2) & 0x3333) | ((value & 0x3333) << 2);
        value = ((value >> 4) & 0x0F0F) | ((value & 0x0F0F) << 4);
        value = ((value >> 8) & 0x00FF) | ((value & 0x00FF) << 8);
        return (ushort)(value >> (16 - length));
    }
}
