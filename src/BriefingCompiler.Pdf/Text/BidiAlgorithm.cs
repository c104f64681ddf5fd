namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) of the Unicode version pinned in <see cref="BidiData"/>:
/// paragraph level (P2, P3), explicit embeddings, overrides and isolates (X1–X10), weak types (W1–W7), paired
/// brackets (N0 with BD16), neutrals (N1, N2) and implicit levels (I1, I2) for a paragraph; the line rules
/// (L1 reset, L2 reordering) through <see cref="BidiParagraph"/>; mirroring (L4) through <see cref="Mirror"/>.
/// </summary>
/// <remarks>
/// Characters removed by X9 (embedding and override controls, PDF, BN) stay in the text: they are skipped by
/// the rules and take the level of the character before them (the paragraph level at the start), so that a
/// ZWJ or ZWNJ stays inside the run it joins. P1 is the caller's: one call is one paragraph, and a paragraph
/// separator inside the text only ends the embeddings (X8), as in the conformance files.
/// </remarks>
public static class BidiAlgorithm
{
    /// <summary>The deepest explicit embedding level (BD2).</summary>
    public const int MaxDepth = 125;

    /// <summary>The size of the bracket stack of BD16.</summary>
    private const int MaxBracketPairingDepth = 63;

    /// <summary>Resolves the embedding levels of one paragraph.</summary>
    public static BidiParagraph Analyze(string text, BidiDirection direction)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                count++;
            }
        }

        var starts = new int[count];
        var classes = new BidiClass[count];
        var brackets = new BidiBracket[count];
        var cursor = new ClassCursor();
        for (int i = 0, k = 0; i < text.Length; k++)
        {
            starts[k] = i;
            int codePoint = CodePointAt(text, i);
            classes[k] = cursor.ClassOf(codePoint);
            brackets[k] = classes[k] == BidiClass.ON ? BracketOf(codePoint) : BidiBracket.None;
            i += codePoint > 0xFFFF ? 2 : 1;
        }

        var levels = ResolveParagraphs(classes, brackets, direction, out byte paragraphLevel);
        return new BidiParagraph(text, starts, classes, levels, paragraphLevel);
    }

    /// <summary>
    /// P1: the text is split after each paragraph separator (class B: a line feed, which is what a forced line break —
    /// <c>&lt;br&gt;</c>, a preserved newline — is in the text) and each part resolved as a paragraph of its own, so no
    /// rule looks across a forced break: "6 December" on the line after "Restricted" in right-to-left text starts
    /// with a European number after the paragraph's start (sos), as in browsers, not after the English word before the
    /// break. Every part takes the first part's paragraph level (one block has one base direction).
    /// </summary>
    private static byte[] ResolveParagraphs(BidiClass[] classes, BidiBracket[] brackets, BidiDirection direction, out byte paragraphLevel)
    {
        var end = Array.IndexOf(classes, BidiClass.B);
        if (end < 0 || end == classes.Length - 1)
        {
            return ResolveLevels(classes, brackets, direction, out paragraphLevel);
        }

        var levels = new byte[classes.Length];
        paragraphLevel = 0;
        for (int start = 0; start < classes.Length;)
        {
            int stop = Array.IndexOf(classes, BidiClass.B, start);
            stop = stop < 0 ? classes.Length : stop + 1;
            var part = ResolveLevels(classes.AsSpan(start, stop - start), brackets.AsSpan(start, stop - start), direction, out byte level);
            if (start == 0)
            {
                paragraphLevel = level;
                direction = (level & 1) != 0 ? BidiDirection.RightToLeft : BidiDirection.LeftToRight;
            }

            part.CopyTo(levels, start);
            start = stop;
        }

        return levels;
    }

    /// <summary>
    /// The Bidi_Mirroring_Glyph of <paramref name="codePoint"/>, or the code point itself when it has none. Rule L4:
    /// display a character at an odd level with its mirror glyph (HarfBuzz does this itself for RTL buffers).
    /// </summary>
    public static int Mirror(int codePoint)
    {
        int found = BidiData.MirrorCodePoints.BinarySearch(codePoint);
        return found >= 0 ? BidiData.MirrorGlyphs[found] : codePoint;
    }

    /// <summary>The code point at UTF-16 offset <paramref name="i"/> of <paramref name="text"/>: a surrogate pair's, or the
    /// unit itself (an unpaired surrogate counts as the code point it is).</summary>
    internal static int CodePointAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];

    /// <summary>The Bidi_Class of a code point.</summary>
    internal static BidiClass ClassOf(int codePoint) => new ClassCursor().ClassOf(codePoint);

    /// <summary>The Bidi_Paired_Bracket properties of a code point.</summary>
    internal static BidiBracket BracketOf(int codePoint)
    {
        int found = BidiData.BracketCodePoints.BinarySearch(codePoint);
        return found >= 0 ? new BidiBracket(BidiData.BracketPairKeys[found], BidiData.BracketOpens[found] != 0) : BidiBracket.None;
    }

    /// <summary>
    /// Rules P2–I2: the embedding level of each character of a paragraph given by its Bidi_Class values and
    /// bracket properties (<paramref name="brackets"/> empty: no brackets), before the line rules.
    /// </summary>
    internal static byte[] ResolveLevels(ReadOnlySpan<BidiClass> classes, ReadOnlySpan<BidiBracket> brackets, BidiDirection direction, out byte paragraphLevel)
    {
        var resolver = new ParagraphResolver(classes.ToArray(), brackets.ToArray());
        return resolver.Resolve(direction, out paragraphLevel);
    }

    /// <summary>
    /// Rule L1 on one line: <paramref name="lineLevels"/> (the paragraph's levels of the line's characters) are
    /// reset to the paragraph level for segment and paragraph separators, for whitespace and isolate controls
    /// before them and at the end of the line. Characters removed by X9 inside such a sequence go with it.
    /// </summary>
    internal static void ResetWhitespaceLevels(ReadOnlySpan<BidiClass> lineClasses, Span<byte> lineLevels, byte paragraphLevel)
    {
        bool trailing = true; // scanning backwards: still inside whitespace at the end of the line or before S, B
        for (int i = lineClasses.Length - 1; i >= 0; i--)
        {
            var cls = lineClasses[i];
            if (cls is BidiClass.S or BidiClass.B)
            {
                lineLevels[i] = paragraphLevel;
                trailing = true;
            }
            else if (IsWhitespaceForLineReset(cls))
            {
                if (trailing)
                {
                    lineLevels[i] = paragraphLevel;
                }
            }
            else
            {
                trailing = false;
            }
        }
    }

    /// <summary>
    /// Rule L2: the runs of equal level of a line in visual order, left to right. Offsets are indices into
    /// <paramref name="lineLevels"/>.
    /// </summary>
    internal static List<BidiRun> ReorderRuns(ReadOnlySpan<byte> lineLevels)
    {
        var runs = new List<BidiRun>();
        byte highest = 0;
        byte lowestOdd = byte.MaxValue;
        for (int i = 0; i < lineLevels.Length;)
        {
            int end = i + 1;
            while (end < lineLevels.Length && lineLevels[end] == lineLevels[i])
            {
                end++;
            }

            byte level = lineLevels[i];
            runs.Add(new BidiRun(i, end - i, level));
            highest = Math.Max(highest, level);
            if ((level & 1) != 0)
            {
                lowestOdd = Math.Min(lowestOdd, level);
            }

            i = end;
        }

        // From the highest level down to the lowest odd one, reverse every maximal sequence of runs at that level
        // or higher. A run's characters are then reversed as often as its level is odd, which the run's
        // direction (IsRightToLeft) stands for, so reversing whole runs is enough.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runs);
        for (int level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (int i = 0; i < span.Length;)
            {
                if (span[i].Level < level)
                {
                    i++;
                    continue;
                }

                int end = i + 1;
                while (end < span.Length && span[end].Level >= level)
                {
                    end++;
                }

                span[i..end].Reverse();
                i = end;
            }
        }

        return runs;
    }

    /// <summary>Characters rule X9 removes: they take no part in the later rules.</summary>
    internal static bool IsRemovedByX9(BidiClass cls) =>
        cls is BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.PDF or BidiClass.BN;

    /// <summary>
    /// Whether <paramref name="codePoint"/> is an explicit directional formatting character (LRE, RLE, LRO, RLO, PDF, LRI,
    /// RLI, FSI, PDI): it only tells the algorithm where an embedding, override or isolate starts or ends, and is never
    /// drawn, so it takes no room (no letter-spacing) and is no content of its own in a line.
    /// </summary>
    /// <remarks>Those nine are U+202A–U+202E and U+2066–U+2069, no others: a range test, not a class look-up (the PDF
    /// writer asks it for every character of a cluster, and allocates nothing there).</remarks>
    internal static bool IsDirectionalFormatting(int codePoint) => codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    private static bool IsIsolateInitiator(BidiClass cls) => cls is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    private static bool IsIsolateControl(BidiClass cls) => IsIsolateInitiator(cls) || cls == BidiClass.PDI;

    /// <summary>Whitespace, isolate controls and X9-removed characters: what L1 resets before S, B and at line end.</summary>
    private static bool IsWhitespaceForLineReset(BidiClass cls) => cls == BidiClass.WS || IsIsolateControl(cls) || IsRemovedByX9(cls);

    /// <summary>Neutral and isolate types for N1 and N2 (NI).</summary>
    private static bool IsNeutralOrIsolate(BidiClass cls) =>
        cls is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON || IsIsolateControl(cls);

    private static BidiClass DirectionOfLevel(int level) => (level & 1) == 0 ? BidiClass.L : BidiClass.R;

    /// <summary>The strong direction a resolved type counts as in N0, N1 and N2 (numbers count as R), ON if none.</summary>
    private static BidiClass StrongDirection(BidiClass cls) => cls switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => BidiClass.ON,
    };

    /// <summary>Bidi_Class lookup over the generated runs, trying the run of the previous code point first.</summary>
    private struct ClassCursor
    {
        private int run;

        public BidiClass ClassOf(int codePoint)
        {
            var starts = BidiData.ClassRunStarts;
            if (codePoint >= starts[run] && (run + 1 == starts.Length || codePoint < starts[run + 1]))
            {
                return (BidiClass)BidiData.ClassRunValues[run];
            }

            int found = starts.BinarySearch(codePoint);
            run = found >= 0 ? found : ~found - 1;
            return (BidiClass)BidiData.ClassRunValues[run];
        }
    }

    /// <summary>The working state of one paragraph through rules P2–I2; used once.</summary>
    private sealed class ParagraphResolver
    {
        private readonly BidiClass[] initial;
        private readonly BidiClass[] types;
        private readonly BidiBracket[] brackets;
        private readonly byte[] levels;
        private readonly byte[] embeddingLevels; // after X1–X8: sos and eos compare these, not resolved levels
        private readonly int[] matchingPdi;
        private readonly int[] matchingInitiator;
        private readonly int length;
        private byte paragraphLevel;

        public ParagraphResolver(BidiClass[] classes, BidiBracket[] brackets)
        {
            initial = classes;
            types = (BidiClass[])classes.Clone();
            this.brackets = brackets;
            length = classes.Length;
            levels = new byte[length];
            embeddingLevels = new byte[length];
            matchingPdi = new int[length];
            matchingInitiator = new int[length];
        }

        public byte[] Resolve(BidiDirection direction, out byte resolvedParagraphLevel)
        {
            MatchIsolates();
            paragraphLevel = direction switch
            {
                BidiDirection.LeftToRight => 0,
                BidiDirection.RightToLeft => 1,
                _ => (byte)Math.Max(0, FirstStrongLevel(0, length)),
            };
            ResolveExplicitLevels();
            levels.CopyTo(embeddingLevels, 0);
            foreach (var sequence in IsolatingRunSequences())
            {
                ResolveSequence(sequence);
            }

            // Characters removed by X9 take the level of the character before them.
            for (int i = 0; i < length; i++)
            {
                if (IsRemovedByX9(initial[i]))
                {
                    levels[i] = i == 0 ? paragraphLevel : levels[i - 1];
                }
            }

            resolvedParagraphLevel = paragraphLevel;
            return levels;
        }

        /// <summary>BD9: pairs each isolate initiator with its matching PDI (the text length when it has none).</summary>
        private void MatchIsolates()
        {
            Array.Fill(matchingPdi, length);
            Array.Fill(matchingInitiator, -1);
            var open = new Stack<int>();
            for (int i = 0; i < length; i++)
            {
                var cls = initial[i];
                if (IsIsolateInitiator(cls))
                {
                    open.Push(i);
                }
                else if (cls == BidiClass.PDI && open.Count > 0)
                {
                    int initiator = open.Pop();
                    matchingPdi[initiator] = i;
                    matchingInitiator[i] = initiator;
                }
                else if (cls == BidiClass.B)
                {
                    open.Clear();
                }
            }
        }

        /// <summary>P2, P3 on [start, end): 0 or 1 from the first L, R or AL outside isolates, -1 if there is none.</summary>
        private int FirstStrongLevel(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                var cls = initial[i];
                if (cls == BidiClass.L)
                {
                    return 0;
                }

                if (cls is BidiClass.R or BidiClass.AL)
                {
                    return 1;
                }

                if (IsIsolateInitiator(cls))
                {
                    i = matchingPdi[i]; // skip to the matching PDI (or the end)
                }
                else if (cls == BidiClass.B)
                {
                    break;
                }
            }

            return -1;
        }

        /// <summary>X1–X8 with the directional status stack.</summary>
        private void ResolveExplicitLevels()
        {
            var stackLevels = new byte[MaxDepth + 2];
            var stackOverrides = new BidiClass[MaxDepth + 2];
            var stackIsolates = new bool[MaxDepth + 2];
            int depth = 0;
            void Push(byte level, BidiClass directionalOverride, bool isolate)
            {
                stackLevels[depth] = level;
                stackOverrides[depth] = directionalOverride;
                stackIsolates[depth] = isolate;
                depth++;
            }

            Push(paragraphLevel, BidiClass.ON, false);
            int overflowIsolates = 0;
            int overflowEmbeddings = 0;
            int validIsolates = 0;

            for (int i = 0; i < length; i++)
            {
                var cls = initial[i];
                switch (cls)
                {
                    case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                    {
                        bool isolate = IsIsolateInitiator(cls);
                        bool rightToLeft = cls == BidiClass.FSI
                            ? FirstStrongLevel(i + 1, matchingPdi[i]) == 1
                            : cls is BidiClass.RLE or BidiClass.RLO or BidiClass.RLI;
                        byte current = stackLevels[depth - 1];
                        levels[i] = current;
                        if (isolate && stackOverrides[depth - 1] != BidiClass.ON)
                        {
                            types[i] = stackOverrides[depth - 1]; // X5a–X5c
                        }

                        int newLevel = rightToLeft ? (current + 1) | 1 : (current + 2) & ~1;
                        if (newLevel <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        {
                            if (isolate)
                            {
                                validIsolates++;
                            }

                            var directionalOverride = cls switch
                            {
                                BidiClass.LRO => BidiClass.L,
                                BidiClass.RLO => BidiClass.R,
                                _ => BidiClass.ON,
                            };
                            Push((byte)newLevel, directionalOverride, isolate);
                        }
                        else if (isolate)
                        {
                            overflowIsolates++;
                        }
                        else if (overflowIsolates == 0)
                        {
                            overflowEmbeddings++;
                        }

                        break;
                    }

                    case BidiClass.PDI: // X6a
                        if (overflowIsolates > 0)
                        {
                            overflowIsolates--;
                        }
                        else if (validIsolates > 0)
                        {
                            overflowEmbeddings = 0;
                            while (!stackIsolates[depth - 1])
                            {
                                depth--;
                            }

                            depth--;
                            validIsolates--;
                        }

                        levels[i] = stackLevels[depth - 1];
                        if (stackOverrides[depth - 1] != BidiClass.ON)
                        {
                            types[i] = stackOverrides[depth - 1];
                        }

                        break;

                    case BidiClass.PDF: // X7
                        levels[i] = stackLevels[depth - 1];
                        if (overflowIsolates > 0)
                        {
                            // an embedding inside an overflowed isolate: nothing to pop
                        }
                        else if (overflowEmbeddings > 0)
                        {
                            overflowEmbeddings--;
                        }
                        else if (!stackIsolates[depth - 1] && depth >= 2)
                        {
                            depth--;
                        }

                        break;

                    case BidiClass.B: // X8
                        levels[i] = paragraphLevel;
                        depth = 1;
                        overflowIsolates = 0;
                        overflowEmbeddings = 0;
                        validIsolates = 0;
                        break;

                    case BidiClass.BN:
                        levels[i] = stackLevels[depth - 1];
                        break;

                    default: // X6
                        levels[i] = stackLevels[depth - 1];
                        if (stackOverrides[depth - 1] != BidiClass.ON)
                        {
                            types[i] = stackOverrides[depth - 1];
                        }

                        break;
                }
            }
        }

        /// <summary>X10 (BD13): level runs joined across matched isolates, as lists of character indices.</summary>
        private List<int[]> IsolatingRunSequences()
        {
            // Level runs over the characters X9 keeps, as [start, end) ranges of `kept`.
            var kept = new int[length];
            int keptCount = 0;
            var runStarts = new List<int>();
            var runOfCharacter = new int[length];
            for (int i = 0; i < length; i++)
            {
                if (IsRemovedByX9(initial[i]))
                {
                    continue;
                }

                if (keptCount == 0 || levels[kept[keptCount - 1]] != levels[i])
                {
                    runStarts.Add(keptCount);
                }

                runOfCharacter[i] = runStarts.Count - 1;
                kept[keptCount++] = i;
            }

            runStarts.Add(keptCount);
            var sequences = new List<int[]>();
            var sequence = new List<int>();
            for (int run = 0; run + 1 < runStarts.Count; run++)
            {
                int first = kept[runStarts[run]];
                if (initial[first] == BidiClass.PDI && matchingInitiator[first] >= 0)
                {
                    continue; // continues the sequence of its isolate initiator
                }

                sequence.Clear();
                int current = run;
                while (true)
                {
                    for (int k = runStarts[current]; k < runStarts[current + 1]; k++)
                    {
                        sequence.Add(kept[k]);
                    }

                    int last = sequence[^1];
                    if (!IsIsolateInitiator(initial[last]) || matchingPdi[last] == length)
                    {
                        break;
                    }

                    current = runOfCharacter[matchingPdi[last]];
                }

                sequences.Add(sequence.ToArray());
            }

            return sequences;
        }

        /// <summary>W1–I2 on one isolating run sequence.</summary>
        private void ResolveSequence(int[] indices)
        {
            int count = indices.Length;
            byte level = embeddingLevels[indices[0]];

            int before = indices[0] - 1;
            while (before >= 0 && IsRemovedByX9(initial[before]))
            {
                before--;
            }

            var sos = DirectionOfLevel(Math.Max(level, before >= 0 ? embeddingLevels[before] : paragraphLevel));
            int last = indices[count - 1];
            int after = last + 1;
            while (after < length && IsRemovedByX9(initial[after]))
            {
                after++;
            }

            int levelAfter = IsIsolateInitiator(initial[last]) || after >= length ? paragraphLevel : embeddingLevels[after];
            var eos = DirectionOfLevel(Math.Max(level, levelAfter));

            var t = new BidiClass[count];
            for (int k = 0; k < count; k++)
            {
                t[k] = types[indices[k]];
            }

            ResolveWeakTypes(t, sos);
            ResolvePairedBrackets(t, indices, level, sos);
            ResolveNeutralTypes(t, DirectionOfLevel(level), sos, eos);

            // I1, I2
            for (int k = 0; k < count; k++)
            {
                var cls = t[k];
                int resolved = level;
                if ((level & 1) == 0)
                {
                    resolved += cls == BidiClass.R ? 1 : cls is BidiClass.AN or BidiClass.EN ? 2 : 0;
                }
                else if (cls is BidiClass.L or BidiClass.EN or BidiClass.AN)
                {
                    resolved += 1;
                }

                levels[indices[k]] = (byte)resolved;
            }
        }

        private static void ResolveWeakTypes(BidiClass[] t, BidiClass sos)
        {
            int count = t.Length;

            // W1: a nonspacing mark takes the type of the character before it (ON after an isolate control).
            for (int k = 0; k < count; k++)
            {
                if (t[k] == BidiClass.NSM)
                {
                    t[k] = k == 0 ? sos : IsIsolateControl(t[k - 1]) ? BidiClass.ON : t[k - 1];
                }
            }

            // W2: European numbers after Arabic letters are Arabic numbers. W3: AL becomes R.
            var lastStrong = sos;
            for (int k = 0; k < count; k++)
            {
                var cls = t[k];
                if (cls is BidiClass.L or BidiClass.R or BidiClass.AL)
                {
                    lastStrong = cls;
                }
                else if (cls == BidiClass.EN && lastStrong == BidiClass.AL)
                {
                    t[k] = BidiClass.AN;
                }
            }

            for (int k = 0; k < count; k++)
            {
                if (t[k] == BidiClass.AL)
                {
                    t[k] = BidiClass.R;
                }
            }

            // W4: one separator between two numbers of the same kind joins them.
            for (int k = 1; k + 1 < count; k++)
            {
                if (t[k] == BidiClass.ES && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN)
                {
                    t[k] = BidiClass.EN;
                }
                else if (t[k] == BidiClass.CS && t[k - 1] == t[k + 1] && t[k - 1] is BidiClass.EN or BidiClass.AN)
                {
                    t[k] = t[k - 1];
                }
            }

            // W5: terminators next to a European number are part of it.
            for (int k = 0; k < count; k++)
            {
                if (t[k] != BidiClass.ET)
                {
                    continue;
                }

                int end = k;
                while (end < count && t[end] == BidiClass.ET)
                {
                    end++;
                }

                if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < count && t[end] == BidiClass.EN))
                {
                    Array.Fill(t, BidiClass.EN, k, end - k);
                }

                k = end - 1;
            }

            // W6: the remaining separators and terminators are neutral.
            for (int k = 0; k < count; k++)
            {
                if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
                {
                    t[k] = BidiClass.ON;
                }
            }

            // W7: European numbers in left-to-right context are L.
            lastStrong = sos;
            for (int k = 0; k < count; k++)
            {
                if (t[k] is BidiClass.L or BidiClass.R)
                {
                    lastStrong = t[k];
                }
                else if (t[k] == BidiClass.EN && lastStrong == BidiClass.L)
                {
                    t[k] = BidiClass.L;
                }
            }
        }

        /// <summary>N0: a bracket pair takes the embedding direction, or the opposite one when only that occurs
        /// inside and it is also the context before the pair.</summary>
        private void ResolvePairedBrackets(BidiClass[] t, int[] indices, byte level, BidiClass sos)
        {
            if (brackets.Length == 0)
            {
                return;
            }

            var pairs = FindBracketPairs(t, indices);
            if (pairs.Count == 0)
            {
                return;
            }

            var embedding = DirectionOfLevel(level);
            var opposite = embedding == BidiClass.L ? BidiClass.R : BidiClass.L;
            foreach (var (open, close) in pairs)
            {
                bool hasEmbedding = false;
                bool hasOpposite = false;
                for (int k = open + 1; k < close; k++)
                {
                    var strong = StrongDirection(t[k]);
                    if (strong == embedding)
                    {
                        hasEmbedding = true;
                        break;
                    }

                    hasOpposite |= strong == opposite;
                }

                BidiClass resolved;
                if (hasEmbedding)
                {
                    resolved = embedding; // N0 b
                }
                else if (hasOpposite)
                {
                    var context = sos;
                    for (int k = open - 1; k >= 0; k--)
                    {
                        var strong = StrongDirection(t[k]);
                        if (strong != BidiClass.ON)
                        {
                            context = strong;
                            break;
                        }
                    }

                    resolved = context == opposite ? opposite : embedding; // N0 c1, c2
                }
                else
                {
                    continue; // N0 d
                }

                t[open] = resolved;
                t[close] = resolved;

                // Nonspacing marks that followed a bracket (ON by W1) go with it.
                for (int k = open + 1; k < t.Length && initial[indices[k]] == BidiClass.NSM; k++)
                {
                    t[k] = resolved;
                }

                for (int k = close + 1; k < t.Length && initial[indices[k]] == BidiClass.NSM; k++)
                {
                    t[k] = resolved;
                }
            }
        }

        /// <summary>BD16: bracket pairs of the sequence as positions in it, sorted by the opening bracket.</summary>
        private List<(int Open, int Close)> FindBracketPairs(BidiClass[] t, int[] indices)
        {
            var pairs = new List<(int Open, int Close)>();
            var openKeys = new int[MaxBracketPairingDepth];
            var openPositions = new int[MaxBracketPairingDepth];
            int depth = 0;
            for (int k = 0; k < t.Length; k++)
            {
                var bracket = brackets[indices[k]];
                if (!bracket.IsBracket || t[k] != BidiClass.ON)
                {
                    continue;
                }

                if (bracket.Opens)
                {
                    if (depth == MaxBracketPairingDepth)
                    {
                        break; // stack overflow: BD16 stops for the rest of the sequence
                    }

                    openKeys[depth] = bracket.PairKey;
                    openPositions[depth] = k;
                    depth++;
                }
                else
                {
                    for (int s = depth - 1; s >= 0; s--)
                    {
                        if (openKeys[s] == bracket.PairKey)
                        {
                            pairs.Add((openPositions[s], k));
                            depth = s;
                            break;
                        }
                    }
                }
            }

            pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
            return pairs;
        }

        /// <summary>N1, N2: a run of neutrals takes the direction of both sides when they agree, else the embedding one.</summary>
        private static void ResolveNeutralTypes(BidiClass[] t, BidiClass embedding, BidiClass sos, BidiClass eos)
        {
            int count = t.Length;
            for (int k = 0; k < count; k++)
            {
                if (!IsNeutralOrIsolate(t[k]))
                {
                    continue;
                }

                int end = k;
                while (end < count && IsNeutralOrIsolate(t[end]))
                {
                    end++;
                }

                var leading = k == 0 ? sos : StrongDirection(t[k - 1]);
                var trailing = end == count ? eos : StrongDirection(t[end]);
                Array.Fill(t, leading == trailing ? leading : embedding, k, end - k);
                k = end - 1;
            }
        }
    }
}
