namespace BriefingCompiler.Pdf.Layout.Grid;

/// <summary>Continue a grid container at row <see cref="Row"/> (0-based): the rows above it were placed on earlier pages.</summary>
public sealed record GridResume(int Row) : ResumePoint;
