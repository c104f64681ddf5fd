namespace BriefingCompiler.Pdf.Fonts;

/// <summary>Where a face comes from, in the order the catalog prefers them for a family name: a <c>--fonts</c> folder
/// first, then the bundled Noto faces, then the system's fonts (only with <c>--system-fonts</c>), so that turning system
/// fonts on adds families without changing the faces of any family briefc bundles.</summary>
public enum FontOrigin
{
    FontsFolder,
    Bundled,
    System,
}
