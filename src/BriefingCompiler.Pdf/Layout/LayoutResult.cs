namespace BriefingCompiler.Pdf.Layout;

/// <summary>The answer of <see cref="LayoutEngine.Layout"/>: all of the box fits, part of it fits, or none of it.</summary>
public abstract record LayoutResult;

/// <summary>The rest of the box fits; <see cref="Fragment"/> is its border box, x at its left margin, y at 0.</summary>
public sealed record Fits(BoxFragment Fragment) : LayoutResult;

/// <summary>Part of the box fits; layout continues on the next page from <see cref="Resume"/>.</summary>
public sealed record Partial(BoxFragment Fragment, ResumePoint Resume) : LayoutResult;

/// <summary>Nothing of the box fits here (or placing it here breaks a rule such as break-inside: avoid).</summary>
public sealed record DoesNotFit(string Reason) : LayoutResult;
