namespace BriefingCompiler.Pdf.Styling;

/// <summary>Something wrong in an HTML or XHTML input file itself, at a line and column of that file (1-based).</summary>
public sealed record InputProblem(PdfMessageSeverity Severity, string Code, string Message, int Line, int Column);
