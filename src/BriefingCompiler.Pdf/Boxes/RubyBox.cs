using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A ruby container (<c>display: ruby</c>, CSS Ruby 1 §2): its bases, each with its annotation, in document order. It is set
/// in its line as one unbreakable object, as an inline-block is (carried by a run of U+FFFC, <see cref="InlineTag.Atomic"/>);
/// <see cref="Layout.RubyLayout"/> stacks each annotation over (<see cref="ComputedStyle.RubyUnder"/>: under) its base.
/// </summary>
public sealed record RubyBox(ComputedStyle Style, IReadOnlyList<RubyPair> Pairs, string? Id = null) : Box(Style, Id);
