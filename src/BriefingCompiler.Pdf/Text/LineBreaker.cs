namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Line break opportunities by the Unicode Line Breaking Algorithm (UAX #14) of the Unicode version pinned in
/// <see cref="LineBreakData"/>, rules LB1–LB31 without tailoring. LB1 resolves AI, SG and XX to AL, SA to CM
/// (Mn, Mc) or AL, and CJ to NS: the "strict" reading, so small kana and the prolonged sound mark never start
/// a line (CSS <c>line-break: strict</c>); Chinese closing punctuation (CL, EX, NS) never starts a line and
/// opening punctuation (OP) never ends one under any reading.
/// </summary>
/// <remarks>
/// One forward pass over the UTF-16 text. Rules that need the context of more than two characters (the
/// <c>SP*</c> rules, LB15a, LB19a, LB20a, LB21a, LB25, LB28a, LB30a) keep what they need in a small state
/// value; rules that look ahead (LB15b, LB15c, LB19a, LB25, LB28a) read the next one or two units from the
/// text again. Nothing is allocated but the result list.
/// </remarks>
public static class LineBreaker
{
    /// <summary>
    /// Every break opportunity of <paramref name="text"/> in order, as UTF-16 offsets where the next line would
    /// start. Hard breaks (after BK, CR, LF, NL, CR LF) are <see cref="LineBreakOpportunity.Mandatory"/>; the end
    /// of a non-empty text is always reported, as mandatory. An empty text has no opportunities.
    /// </summary>
    public static IReadOnlyList<LineBreakOpportunity> FindBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var breaks = new List<LineBreakOpportunity>(text.Length / 4 + 1);
        if (text.Length == 0)
        {
            return breaks;
        }

        var cursor = new PropertyCursor();
        int index = 0;
        var first = ReadUnitStart(text, ref index, ref cursor);
        var state = new BreakState(first);

        while (index < text.Length)
        {
            int position = index;
            var current = Read(text, ref index, ref cursor);
            bool absorbed = current.IsAttachable && state.Before.AcceptsAttachments;
            if (!absorbed && current.IsAttachable)
            {
                current = current.AsAlphabetic(); // LB10
            }

            // LB9 keeps a folded mark with its base; LB4–LB8a cannot apply there because the base is not BK,
            // CR, LF, NL, SP or ZW.
            var decision = absorbed ? Decision.Prohibited : Decide(in state, in current, text, index, ref cursor);
            if (decision != Decision.Prohibited)
            {
                breaks.Add(new LineBreakOpportunity(position, decision == Decision.Mandatory));
            }

            state.Advance(in current, absorbed);
        }

        breaks.Add(new LineBreakOpportunity(text.Length, true)); // LB3
        return breaks;
    }

    /// <summary>The Line_Break class of a code point after LB1, for diagnostics and tests.</summary>
    internal static LineBreakClass ResolvedClassOf(int codePoint)
    {
        var cursor = new PropertyCursor();
        return Unit.FromValue(codePoint, cursor.ValueOf(codePoint)).Class;
    }

    private enum Decision : byte
    {
        Prohibited,
        Allowed,
        Mandatory,
    }

    /// <summary>Rules LB4–LB31 for the boundary between <see cref="BreakState.Before"/> and <paramref name="a"/>,
    /// in the order of UAX #14 (the first rule that matches decides). <paramref name="afterA"/> is the offset
    /// just past the first code point of <paramref name="a"/>, for the rules that look further ahead.</summary>
    private static Decision Decide(in BreakState state, in Unit a, string text, int afterA, ref PropertyCursor cursor)
    {
        var b = state.Before;
        var bc = b.Class;
        var ac = a.Class;

        // LB4, LB5: hard breaks.
        if (bc == LineBreakClass.BK || bc == LineBreakClass.LF || bc == LineBreakClass.NL)
        {
            return Decision.Mandatory;
        }

        if (bc == LineBreakClass.CR)
        {
            return ac == LineBreakClass.LF ? Decision.Prohibited : Decision.Mandatory;
        }

        // LB6, LB7
        if (ac is LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF or LineBreakClass.NL
            or LineBreakClass.SP or LineBreakClass.ZW)
        {
            return Decision.Prohibited;
        }

        // LB8: ZW SP* ÷
        if (state.LastNonSpace.Class == LineBreakClass.ZW)
        {
            return Decision.Allowed;
        }

        // LB8a: ZWJ × (the raw character, even when LB9 folded it into its base)
        if (state.PreviousWasZwj)
        {
            return Decision.Prohibited;
        }

        // LB11
        if (ac == LineBreakClass.WJ || bc == LineBreakClass.WJ)
        {
            return Decision.Prohibited;
        }

        // LB12, LB12a
        if (bc == LineBreakClass.GL
            || (ac == LineBreakClass.GL && bc is not (LineBreakClass.SP or LineBreakClass.BA or LineBreakClass.HY)))
        {
            return Decision.Prohibited;
        }

        // LB13
        if (ac is LineBreakClass.CL or LineBreakClass.CP or LineBreakClass.EX or LineBreakClass.SY)
        {
            return Decision.Prohibited;
        }

        var lastNonSpace = state.LastNonSpace.Class;

        // LB14: OP SP* ×
        if (lastNonSpace == LineBreakClass.OP)
        {
            return Decision.Prohibited;
        }

        // LB15a: (sot | BK | CR | LF | NL | OP | QU | GL | SP | ZW) [\p{Pi}&QU] SP* ×
        if (state.OpeningQuoteGlues)
        {
            return Decision.Prohibited;
        }

        // LB15b: × [\p{Pf}&QU] ( SP | GL | WJ | CL | QU | CP | EX | IS | SY | BK | CR | LF | NL | ZW | eot )
        if (ac == LineBreakClass.QU && a.Has(LineBreakData.FinalPunctuation)
            && PeekAfter(text, afterA, in a, ref cursor).Class is Unit.EndOfText or LineBreakClass.SP
                or LineBreakClass.GL or LineBreakClass.WJ or LineBreakClass.CL or LineBreakClass.QU
                or LineBreakClass.CP or LineBreakClass.EX or LineBreakClass.IS or LineBreakClass.SY
                or LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF or LineBreakClass.NL
                or LineBreakClass.ZW)
        {
            return Decision.Prohibited;
        }

        if (ac == LineBreakClass.IS)
        {
            // LB15c: SP ÷ IS NU; LB15d: × IS
            return bc == LineBreakClass.SP && PeekAfter(text, afterA, in a, ref cursor).Class == LineBreakClass.NU
                ? Decision.Allowed
                : Decision.Prohibited;
        }

        // LB16: (CL | CP) SP* × NS
        if (ac == LineBreakClass.NS && lastNonSpace is LineBreakClass.CL or LineBreakClass.CP)
        {
            return Decision.Prohibited;
        }

        // LB17: B2 SP* × B2
        if (ac == LineBreakClass.B2 && lastNonSpace == LineBreakClass.B2)
        {
            return Decision.Prohibited;
        }

        // LB18
        if (bc == LineBreakClass.SP)
        {
            return Decision.Allowed;
        }

        // LB19: × [QU - \p{Pi}]; [QU - \p{Pf}] ×
        if ((ac == LineBreakClass.QU && !a.Has(LineBreakData.InitialPunctuation))
            || (bc == LineBreakClass.QU && !b.Has(LineBreakData.FinalPunctuation)))
        {
            return Decision.Prohibited;
        }

        // LB19a: quotation marks glue unless East Asian text is on the relevant side.
        if (ac == LineBreakClass.QU)
        {
            if (!b.IsEastAsian)
            {
                return Decision.Prohibited;
            }

            var next = PeekAfter(text, afterA, in a, ref cursor);
            if (next.Class == Unit.EndOfText || !next.IsEastAsian)
            {
                return Decision.Prohibited;
            }
        }

        if (bc == LineBreakClass.QU && (!a.IsEastAsian || state.BeforeBefore.Class == Unit.StartOfText
            || !state.BeforeBefore.IsEastAsian))
        {
            return Decision.Prohibited;
        }

        // LB20
        if (ac == LineBreakClass.CB || bc == LineBreakClass.CB)
        {
            return Decision.Allowed;
        }

        // LB20a: ( sot | BK | CR | LF | NL | SP | ZW | CB | GL ) ( HY | U+2010 ) × AL. Unicode 17 dropped HL
        // from the right side: a word-initial hyphen before Hebrew may break (LineBreakTest: 002D ÷ 05D0).
        var bb = state.BeforeBefore.Class;
        if (ac == LineBreakClass.AL
            && (bc == LineBreakClass.HY || b.CodePoint == 0x2010)
            && bb is Unit.StartOfText or LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF
                or LineBreakClass.NL or LineBreakClass.SP or LineBreakClass.ZW or LineBreakClass.CB
                or LineBreakClass.GL)
        {
            return Decision.Prohibited;
        }

        // LB21
        if (ac is LineBreakClass.BA or LineBreakClass.HY or LineBreakClass.NS || bc == LineBreakClass.BB)
        {
            return Decision.Prohibited;
        }

        // LB21a: HL (HY | [BA - $EastAsian]) × [^HL]
        if (bb == LineBreakClass.HL && ac != LineBreakClass.HL
            && (bc == LineBreakClass.HY || (bc == LineBreakClass.BA && !b.IsEastAsian)))
        {
            return Decision.Prohibited;
        }

        // LB21b, LB22
        if ((bc == LineBreakClass.SY && ac == LineBreakClass.HL) || ac == LineBreakClass.IN)
        {
            return Decision.Prohibited;
        }

        bool aLetter = ac is LineBreakClass.AL or LineBreakClass.HL;
        bool bLetter = bc is LineBreakClass.AL or LineBreakClass.HL;

        // LB23
        if ((bLetter && ac == LineBreakClass.NU) || (bc == LineBreakClass.NU && aLetter))
        {
            return Decision.Prohibited;
        }

        // LB23a
        if ((bc == LineBreakClass.PR && ac is LineBreakClass.ID or LineBreakClass.EB or LineBreakClass.EM)
            || (bc is LineBreakClass.ID or LineBreakClass.EB or LineBreakClass.EM && ac == LineBreakClass.PO))
        {
            return Decision.Prohibited;
        }

        // LB24
        if ((bc is LineBreakClass.PR or LineBreakClass.PO && aLetter)
            || (bLetter && ac is LineBreakClass.PR or LineBreakClass.PO))
        {
            return Decision.Prohibited;
        }

        if (KeepsNumberTogether(in state, in a, text, afterA, ref cursor))
        {
            return Decision.Prohibited;
        }

        // LB26, LB27: Korean syllable blocks.
        if (KeepsHangulTogether(bc, ac))
        {
            return Decision.Prohibited;
        }

        // LB28
        if (bLetter && aLetter)
        {
            return Decision.Prohibited;
        }

        if (KeepsAksaraTogether(in state, in a, text, afterA, ref cursor))
        {
            return Decision.Prohibited;
        }

        // LB29
        if (bc == LineBreakClass.IS && aLetter)
        {
            return Decision.Prohibited;
        }

        // LB30: (AL | HL | NU) × [OP - $EastAsian]; [CP - $EastAsian] × (AL | HL | NU)
        if ((bLetter || bc == LineBreakClass.NU) && ac == LineBreakClass.OP && !a.IsEastAsian)
        {
            return Decision.Prohibited;
        }

        if (bc == LineBreakClass.CP && !b.IsEastAsian && (aLetter || ac == LineBreakClass.NU))
        {
            return Decision.Prohibited;
        }

        // LB30a: break between pairs of regional indicators only.
        if (bc == LineBreakClass.RI && ac == LineBreakClass.RI && state.RegionalIndicatorRun % 2 == 1)
        {
            return Decision.Prohibited;
        }

        // LB30b: EB × EM; [\p{Extended_Pictographic}&\p{Cn}] × EM
        if (ac == LineBreakClass.EM && (bc == LineBreakClass.EB || b.Has(LineBreakData.UnassignedPictographic)))
        {
            return Decision.Prohibited;
        }

        return Decision.Allowed; // LB31
    }

    /// <summary>LB25 in its regular-expression form:
    /// (PR | PO) × (OP | HY)? IS? NU; (OP | HY) × IS? NU; IS × NU; NU (SY | IS)* × NU;
    /// NU (SY | IS)* (CL | CP)? × (PO | PR).</summary>
    private static bool KeepsNumberTogether(in BreakState state, in Unit a, string text, int afterA, ref PropertyCursor cursor)
    {
        var bc = state.Before.Class;
        var ac = a.Class;
        if (ac == LineBreakClass.NU)
        {
            return bc is LineBreakClass.PR or LineBreakClass.PO or LineBreakClass.OP or LineBreakClass.HY
                or LineBreakClass.IS || state.Number == NumberContext.Digits;
        }

        if (ac is LineBreakClass.PO or LineBreakClass.PR)
        {
            return state.Number is NumberContext.Digits or NumberContext.Closed;
        }

        bool afterAffix = bc is LineBreakClass.PR or LineBreakClass.PO;
        if ((afterAffix || bc is LineBreakClass.OP or LineBreakClass.HY) && ac == LineBreakClass.IS)
        {
            return PeekAfter(text, afterA, in a, ref cursor).Class == LineBreakClass.NU;
        }

        if (afterAffix && ac is LineBreakClass.OP or LineBreakClass.HY)
        {
            int end = SkipAttached(text, afterA, in a, ref cursor);
            var next = ReadUnitStart(text, ref end, ref cursor);
            if (next.Class == LineBreakClass.IS)
            {
                next = ReadUnitStart(text, ref end, ref cursor);
            }

            return next.Class == LineBreakClass.NU;
        }

        return false;
    }

    private static bool KeepsHangulTogether(LineBreakClass bc, LineBreakClass ac)
    {
        bool aJamo = ac is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.JT or LineBreakClass.H2
            or LineBreakClass.H3;
        bool bJamo = bc is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.JT or LineBreakClass.H2
            or LineBreakClass.H3;
        return bc switch
        {
            LineBreakClass.JL when ac is LineBreakClass.JL or LineBreakClass.JV or LineBreakClass.H2
                or LineBreakClass.H3 => true, // LB26
            LineBreakClass.JV or LineBreakClass.H2 when ac is LineBreakClass.JV or LineBreakClass.JT => true,
            LineBreakClass.JT or LineBreakClass.H3 when ac == LineBreakClass.JT => true,
            _ => (bJamo && ac == LineBreakClass.PO) || (bc == LineBreakClass.PR && aJamo), // LB27
        };
    }

    /// <summary>LB28a: AP × (AK | ◌ | AS); (AK | ◌ | AS) × (VF | VI); (AK | ◌ | AS) VI × (AK | ◌);
    /// (AK | ◌ | AS) × (AK | ◌ | AS) VF, where ◌ is U+25CC DOTTED CIRCLE.</summary>
    private static bool KeepsAksaraTogether(in BreakState state, in Unit a, string text, int afterA, ref PropertyCursor cursor)
    {
        var bc = state.Before.Class;
        var ac = a.Class;
        bool aBase = a.IsAksaraBase;
        bool bBase = state.Before.IsAksaraBase;
        if (bc == LineBreakClass.AP && aBase)
        {
            return true;
        }

        if (bBase && ac is LineBreakClass.VF or LineBreakClass.VI)
        {
            return true;
        }

        if (bc == LineBreakClass.VI && state.BeforeBefore.IsAksaraBase
            && (ac == LineBreakClass.AK || a.CodePoint == DottedCircle))
        {
            return true;
        }

        return bBase && aBase && PeekAfter(text, afterA, in a, ref cursor).Class == LineBreakClass.VF;
    }

    private const int DottedCircle = 0x25CC;

    /// <summary>The unit that follows <paramref name="a"/> (whose first code point ends at
    /// <paramref name="afterA"/>), with LB9 and LB10 applied; <see cref="Unit.EndOfText"/> at the end.</summary>
    private static Unit PeekAfter(string text, int afterA, in Unit a, ref PropertyCursor cursor)
    {
        int index = SkipAttached(text, afterA, in a, ref cursor);
        return ReadUnitStart(text, ref index, ref cursor);
    }

    /// <summary>Skips the CM and ZWJ characters that LB9 folds into <paramref name="a"/>.</summary>
    private static int SkipAttached(string text, int index, in Unit a, ref PropertyCursor cursor)
    {
        if (!a.AcceptsAttachments)
        {
            return index;
        }

        while (index < text.Length)
        {
            int next = index;
            if (!Read(text, ref next, ref cursor).IsAttachable)
            {
                break;
            }

            index = next;
        }

        return index;
    }

    /// <summary>Reads the code point at the start of a unit: a CM or ZWJ there has nothing to attach to (LB10).</summary>
    private static Unit ReadUnitStart(string text, ref int index, ref PropertyCursor cursor)
    {
        if (index >= text.Length)
        {
            return Unit.End;
        }

        var unit = Read(text, ref index, ref cursor);
        return unit.IsAttachable ? unit.AsAlphabetic() : unit;
    }

    /// <summary>Reads one code point (a lone surrogate counts as one, of class SG) and advances past it.</summary>
    private static Unit Read(string text, ref int index, ref PropertyCursor cursor)
    {
        int codePoint = text[index];
        if (char.IsHighSurrogate((char)codePoint) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32((char)codePoint, text[index + 1]);
            index += 2;
        }
        else
        {
            index += 1;
        }

        return Unit.FromValue(codePoint, cursor.ValueOf(codePoint));
    }

    /// <summary>Looks code points up in the generated runs; remembers the last run because neighbouring
    /// characters are mostly of the same script and block (a paragraph of ideographs hits one run).</summary>
    private struct PropertyCursor
    {
        private int run;

        public int ValueOf(int codePoint)
        {
            var starts = LineBreakData.RunStarts;
            if (codePoint >= starts[run] && (run + 1 == starts.Length || codePoint < starts[run + 1]))
            {
                return LineBreakData.RunValues[run];
            }

            int found = starts.BinarySearch(codePoint);
            run = found >= 0 ? found : ~found - 1;
            return LineBreakData.RunValues[run];
        }
    }

    /// <summary>A character (with the marks LB9 folded into it) as the rules see it.</summary>
    private readonly struct Unit
    {
        public const LineBreakClass StartOfText = (LineBreakClass)0xFE;
        public const LineBreakClass EndOfText = (LineBreakClass)0xFF;

        public static Unit Start => new(StartOfText, 0, -1);
        public static Unit End => new(EndOfText, 0, -1);

        private readonly int flags;

        private Unit(LineBreakClass cls, int flags, int codePoint)
        {
            Class = cls;
            this.flags = flags;
            CodePoint = codePoint;
        }

        public LineBreakClass Class { get; }

        public int CodePoint { get; }

        public bool IsEastAsian => Has(LineBreakData.EastAsian);

        /// <summary>CM or ZWJ: folded into the preceding unit by LB9 where that is allowed.</summary>
        public bool IsAttachable => Class is LineBreakClass.CM or LineBreakClass.ZWJ;

        /// <summary>LB9: X (CM | ZWJ)* is X for any X but BK, CR, LF, NL, SP and ZW (and not at sot).</summary>
        public bool AcceptsAttachments => Class is not (LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF
            or LineBreakClass.NL or LineBreakClass.SP or LineBreakClass.ZW or StartOfText);

        public bool IsAksaraBase => Class is LineBreakClass.AK or LineBreakClass.AS || CodePoint == DottedCircle;

        public bool Has(int flag) => (flags & flag) != 0;

        /// <summary>Applies LB1: AI, SG, XX → AL; SA → CM when Mn or Mc, else AL; CJ → NS.</summary>
        public static Unit FromValue(int codePoint, int value)
        {
            var cls = (LineBreakClass)(value & LineBreakData.ClassMask);
            cls = cls switch
            {
                LineBreakClass.AI or LineBreakClass.SG or LineBreakClass.XX => LineBreakClass.AL,
                LineBreakClass.SA => (value & LineBreakData.SpacingOrNonspacingMark) != 0
                    ? LineBreakClass.CM
                    : LineBreakClass.AL,
                LineBreakClass.CJ => LineBreakClass.NS,
                _ => cls,
            };
            return new Unit(cls, value & ~LineBreakData.ClassMask, codePoint);
        }

        /// <summary>LB10: a CM or ZWJ with nothing to attach to is AL.</summary>
        public Unit AsAlphabetic() => new(LineBreakClass.AL, flags, CodePoint);
    }

    private enum NumberContext : byte
    {
        None,

        /// <summary>The text so far ends in NU (SY | IS)*.</summary>
        Digits,

        /// <summary>The text so far ends in NU (SY | IS)* (CL | CP).</summary>
        Closed,
    }

    /// <summary>What the rules remember of the text before the boundary being decided.</summary>
    private struct BreakState
    {
        public BreakState(Unit first)
        {
            Before = Unit.Start;
            BeforeBefore = Unit.Start;
            LastNonSpace = Unit.Start;
            Advance(in first, absorbed: false);
        }

        /// <summary>The unit just before the boundary (after LB9 folding).</summary>
        public Unit Before { get; private set; }

        /// <summary>The unit before <see cref="Before"/>, or sot.</summary>
        public Unit BeforeBefore { get; private set; }

        /// <summary>The last unit that is not SP, for the "X SP*" rules (LB8, LB14, LB15a, LB16, LB17).</summary>
        public Unit LastNonSpace { get; private set; }

        /// <summary>LB15a holds: <see cref="LastNonSpace"/> is an initial quotation mark that follows sot, BK, CR,
        /// LF, NL, OP, QU, GL, SP or ZW.</summary>
        public bool OpeningQuoteGlues { get; private set; }

        /// <summary>The code point just before the boundary was ZWJ (LB8a).</summary>
        public bool PreviousWasZwj { get; private set; }

        /// <summary>How many RI units end the text so far (LB30a).</summary>
        public int RegionalIndicatorRun { get; private set; }

        public NumberContext Number { get; private set; }

        public void Advance(in Unit unit, bool absorbed)
        {
            PreviousWasZwj = unit.CodePoint == 0x200D;
            if (absorbed)
            {
                return;
            }

            var cls = unit.Class;
            if (cls != LineBreakClass.SP)
            {
                OpeningQuoteGlues = cls == LineBreakClass.QU && unit.Has(LineBreakData.InitialPunctuation)
                    && Before.Class is Unit.StartOfText or LineBreakClass.BK or LineBreakClass.CR or LineBreakClass.LF
                        or LineBreakClass.NL or LineBreakClass.OP or LineBreakClass.QU or LineBreakClass.GL
                        or LineBreakClass.SP or LineBreakClass.ZW;
                LastNonSpace = unit;
            }

            RegionalIndicatorRun = cls == LineBreakClass.RI ? RegionalIndicatorRun + 1 : 0;
            Number = cls switch
            {
                LineBreakClass.NU => NumberContext.Digits,
                LineBreakClass.SY or LineBreakClass.IS when Number == NumberContext.Digits => NumberContext.Digits,
                LineBreakClass.CL or LineBreakClass.CP when Number == NumberContext.Digits => NumberContext.Closed,
                _ => NumberContext.None,
            };
            BeforeBefore = Before;
            Before = unit;
        }
    }
}
