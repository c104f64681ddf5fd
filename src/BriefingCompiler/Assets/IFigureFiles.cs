namespace BriefingCompiler.Assets;

/// <summary>
/// Where <see cref="FigureReader"/> takes a briefing's image files from: its folder on disk (<see cref="FolderFigureFiles"/>)
/// or its folder as committed at a git revision (<c>Diffing.GitRevisionFolder</c>). Each keeps to that folder, follows no
/// link out and reads at most <see cref="ImageAsset.MaxBytes"/>; everything else about an image is checked the same way
/// for both, so both hash the same bytes the same way.
/// </summary>
public interface IFigureFiles
{
    /// <summary>
    /// The bytes of the file <paramref name="name"/> names (relative to the folder, '/'-separated, percent-escapes
    /// decoded, not rooted), or why it cannot be used.
    /// </summary>
    FigureFile Read(string name);
}
