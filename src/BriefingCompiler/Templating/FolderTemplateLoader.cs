using BriefingCompiler.Pdf.Resources;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingCompiler.Templating;

/// <summary>
/// Lets a template include partials from its own folder and nothing else: an include name must be a plain
/// relative name (subfolders allowed) with no <c>..</c> segment, no root or drive, and the file it reaches after
/// every symbolic link on the way is followed (a linked folder as much as a linked file) must be a regular file
/// inside the folder (<see cref="ConfinedFolder"/>). A template therefore cannot read any other file on the machine.
/// </summary>
internal sealed class FolderTemplateLoader(string folder) : ITemplateLoader
{
    private readonly ConfinedFolder _folder = new(folder);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _folder.Resolve(templateName, out var problem)
        ?? throw new TemplateIncludeException(callerSpan, $"include '{templateName}' is refused: {problem} (a template may include only files from its own folder)");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => TemplateText.Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
