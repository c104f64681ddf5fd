using System.Text;
using BriefingCompiler.Pdf.Resources;

namespace BriefingCompiler.Templating;

/// <summary>Reads a template or partial: a regular file (never a pipe or device), at most <see cref="MaxBytes"/>, as UTF-8.</summary>
internal static class TemplateText
{
    /// <summary>Far more than any real template (the built-in one is about 10 KB).</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(string path)
    {
        var bytes = RegularFile.ReadAllBytes(path, MaxBytes);
        var text = Utf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
