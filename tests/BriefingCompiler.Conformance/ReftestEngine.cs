namespace BriefingCompiler.Conformance;

/// <summary>
/// What renders the pages: our engine (the default, the only one the expectations and results.json are about), or a
/// peer run the same way for comparison — headless Chromium or WeasyPrint printing a PDF that <c>pdftoppm</c>
/// rasterises (<see cref="PeerRenderer"/>).
/// </summary>
public enum ReftestEngine
{
    Briefc,
    Chromium,
    WeasyPrint,
}
