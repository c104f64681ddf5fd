namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// CSS <c>unicode-bidi</c> (CSS Writing Modes 3 §2.2): what an inline element adds to the bidi algorithm around its content
/// (<see cref="BidiEmbedding"/>), and on a block container whether its paragraphs are overridden or take their direction
/// from their text.
/// </summary>
public enum UnicodeBidi
{
    /// <summary>No embedding: the element's text reads as if the element were not there.</summary>
    Normal,

    /// <summary>An embedding in the element's direction (LRE/RLE … PDF).</summary>
    Embed,

    /// <summary>An isolate in the element's direction (LRI/RLI … PDI): the text around it sees one neutral.</summary>
    Isolate,

    /// <summary>An override (LRO/RLO … PDF): every character reads as a strong one of the element's direction.</summary>
    BidiOverride,

    /// <summary>An isolate whose content is overridden (LRI/RLI LRO/RLO … PDF PDI).</summary>
    IsolateOverride,

    /// <summary>An isolate whose direction is its first strong character's (FSI … PDI); on a block container, each
    /// paragraph's direction comes from its text (rules P2, P3).</summary>
    Plaintext,
}
