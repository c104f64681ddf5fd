namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A place where a line may (or, when <see cref="Mandatory"/>, must) end: the UTF-16 offset at which the
/// next line would start. UAX #14 always reports the end of the text as a mandatory break.
/// </summary>
public readonly record struct LineBreakOpportunity(int Position, bool Mandatory);
