using AngleSharp.Css;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// AngleSharp's computed declarations of each element, computed once from its parent's: asking the window
/// (GetComputedStyle) recomputes every ancestor for every element, which made styling the slowest stage.
/// </summary>
public sealed class ComputedDeclarations(IStyleCollection styles)
{
    private readonly Dictionary<IElement, ICssStyleDeclaration> computed = new(ReferenceEqualityComparer.Instance);

    public ICssStyleDeclaration For(IElement element)
    {
        if (!computed.TryGetValue(element, out var declarations))
        {
            declarations = element.ParentElement is { } parent
                ? styles.ComputeDeclarationsWithParent(element, For(parent))
                : styles.ComputeDeclarations(element);
            computed[element] = declarations;
        }

        return declarations;
    }

    /// <summary>The declarations of an element's <c>::before</c> or <c>::after</c> (<paramref name="name"/> without colons), inheriting from the element; not kept.</summary>
    public ICssStyleDeclaration ForPseudo(IElement element, string name) =>
        element.Pseudo(name) is { } pseudo ? styles.ComputeDeclarationsWithParent(pseudo, For(element)) : styles.ComputeDeclarations(element, "::" + name);
}
