namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The x-height per em of the first available font of a <c>font-family</c> list at a weight and style: what an
/// <c>ex</c> is (CSS 2.1 §4.3.2). The text system answers it from its fonts; styling asks only for elements with an
/// ex length.
/// </summary>
public delegate float XHeightSource(IReadOnlyList<string> families, int weight, bool italic);
