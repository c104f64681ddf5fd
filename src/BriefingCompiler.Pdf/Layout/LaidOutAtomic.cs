namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// An atomic inline laid out: its border box (<see cref="Fragment"/>, placed in its margin box), the margin box's
/// size, and its baseline measured from the margin box's top.
/// </summary>
public sealed record LaidOutAtomic(BoxFragment Fragment, float MarginWidth, float MarginHeight, float Baseline);
