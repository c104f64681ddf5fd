namespace BriefingCompiler.Html;

/// <summary>Output files take the source's base name: <c>briefings/x.zh.yaml</c> → <c>out/x.zh.html</c>.</summary>
public static class OutputName
{
    public static string For(string sourcePath, string outputFolder, string extension)
    {
        var name = Path.GetFileName(sourcePath);
        foreach (var sourceExtension in new[] { ".yaml", ".yml" })
        {
            if (name.EndsWith(sourceExtension, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^sourceExtension.Length];
                break;
            }
        }
        return Path.Combine(outputFolder, name + extension);
    }
}
