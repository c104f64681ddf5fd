namespace BriefingCompiler.Pdf.Boxes;

/// <summary>A named string set by an element (<c>string-set: name …</c>, CSS GCPM §1.1), its value worked out when the box
/// tree is built; pagination finds on which page it is set, and the margin boxes' <c>string(name)</c> show it.</summary>
public sealed record StringSet(string Name, string Value);
