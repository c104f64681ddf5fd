using BriefingCompiler.Diagnostics;
using BriefingCompiler.Pdf.Resources;

namespace BriefingCompiler.Assets;

/// <summary>A briefing's images from its folder on disk: inside it only (<see cref="ConfinedFolder"/>: no <c>..</c>, no
/// symbolic link out), regular files only, at most <see cref="ImageAsset.MaxBytes"/>.</summary>
public sealed class FolderFigureFiles(string folder) : IFigureFiles
{
    private readonly ConfinedFolder _folder = new(folder);

    public FigureFile Read(string name)
    {
        if (_folder.Resolve(name, out var refused) is not { } real)
        {
            return refused == "no such file"
                ? FigureFile.Refused(DiagnosticCodes.FigureUnreadable, $"the image '{name}' does not exist in {Path.GetFileName(_folder.Folder)}/; check the path (it is relative to the briefing's folder and case-sensitive)")
                : FigureFile.Refused(DiagnosticCodes.FigureOutsideFolder, $"cannot use the image '{name}': {refused}; {FigureReader.WhereToPut}");
        }

        try
        {
            return FigureFile.Found(RegularFile.ReadAllBytes(real, ImageAsset.MaxBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FigureFile.Refused(DiagnosticCodes.FigureUnreadable, e is FileTooLargeException
                ? FigureReader.TooLarge(name)
                : $"cannot read the image '{name}': {e.Message}");
        }
    }
}
