using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingCompiler.Templating;

/// <summary>
/// Lets a template include partials from its own folder and nothing else: an include name must be a plain
/// relative name (subfolders allowed) with no <c>..</c> segment, no root or drive, and it must resolve to a
/// regular file inside the folder after symbolic links are followed. A template therefore cannot read any
/// other file on the machine.
/// </summary>
internal sealed class FolderTemplateLoader(string folder) : ITemplateLoader
{
    private readonly string _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Contains(':')
            || templateName.Split('/', '\\').Any(segment => segment is ".." or ""))
            throw new TemplateIncludeException(callerSpan,
                $"include '{templateName}': a template may include only files from its own folder, by a relative name without '..'");

        var full = Path.GetFullPath(Path.Combine(_folder, templateName));
        if (!IsInsideFolder(full))
            throw new TemplateIncludeException(callerSpan, $"include '{templateName}' resolves outside the template folder");
        if (!File.Exists(full))
            throw new TemplateIncludeException(callerSpan, $"include '{templateName}': no such file in the template folder");
        // A symbolic link inside the folder could still point anywhere.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && !IsInsideFolder(Path.GetFullPath(target.FullName)))
            throw new TemplateIncludeException(callerSpan, $"include '{templateName}' links to a file outside the template folder");
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool IsInsideFolder(string fullPath) =>
        fullPath.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
