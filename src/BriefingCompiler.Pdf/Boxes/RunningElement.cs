namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// An element taken out of the flow by <c>position: running(name)</c> (CSS GCPM 3 §2.4), to be shown in the margin boxes
/// whose content is <c>element(name)</c>: its box, laid out there. It stays in the tree where the element was, on an empty
/// block (<see cref="Box.Running"/>), so the page it would have been on is the page that sets it.
/// </summary>
public sealed record RunningElement(string Name, Box Box);
