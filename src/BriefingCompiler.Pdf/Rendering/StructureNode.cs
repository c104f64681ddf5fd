using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// One element of the document's logical structure (<see cref="DocumentStructure"/>): a role, what goes with it, its
/// parent and its children in document order. Paint commands that draw content name the node they belong to
/// (<see cref="DrawGlyphs.Structure"/>); a painter that knows structure (the PDF writer) turns that into tags, others
/// ignore it. Compared by identity.
/// </summary>
public sealed class StructureNode(StructureRole role, ElementSemantics? semantics, StructureNode? parent)
{
    private readonly List<StructureNode> children = [];

    public StructureRole Role { get; } = role;

    /// <summary>The element's semantics (level, alt, language, scope…); null for nodes the tree adds itself (a list item's body, a table's row groups, an anonymous paragraph).</summary>
    public ElementSemantics? Semantics { get; } = semantics;

    public StructureNode? Parent { get; } = parent;

    /// <summary>The node's children in document order, content or not.</summary>
    public IReadOnlyList<StructureNode> Children => children;

    /// <summary>A header cell's scope once the tree has looked at where the cell is.</summary>
    public HeaderScope Scope { get; init; }

    internal StructureNode Add(StructureRole childRole, ElementSemantics? childSemantics, HeaderScope scope = HeaderScope.Unknown)
    {
        var child = new StructureNode(childRole, childSemantics, this) { Scope = scope };
        children.Add(child);
        return child;
    }
}
