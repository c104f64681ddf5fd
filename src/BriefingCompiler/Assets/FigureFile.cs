namespace BriefingCompiler.Assets;

/// <summary>An image file as an <see cref="IFigureFiles"/> read it: its <see cref="Bytes"/>, or the diagnostic code and
/// the message saying why it cannot be used (no such file, a link, too large…).</summary>
public sealed record FigureFile(byte[]? Bytes, string Code, string? Problem)
{
    public static FigureFile Found(byte[] bytes) => new(bytes, "", null);

    public static FigureFile Refused(string code, string problem) => new(null, code, problem);
}
