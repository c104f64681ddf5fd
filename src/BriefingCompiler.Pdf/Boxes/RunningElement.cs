namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// An element taken out of the flow by <c>position: running(name)</c> (CSS GCPM 3 §2.4), to be shown in the margin boxes
/// whose content is <c>element(name)</c>: its box, laid out there. It stays in the tree where the element was, on an empty
/// block (<see cref="Box.Running"/>) or, when it was inline-level, as a mark in its paragraph's text
/// (<see cref="InlineTag.Running"/>, <paramref name="InText"/>), so the page it would have been on is the page that sets it.
/// One that was inline is set in a margin box as inline content is: at its max-content width, aligned by the box's
/// <c>text-align</c>.
/// </summary>
public sealed record RunningElement(string Name, Box Box, bool InText = false);
