using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Pdf.Resources;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Building;

/// <summary>
/// What a custom template's output depends on, for the build fingerprint: the template file and the partials it can
/// include — found by reading its <c>{{ include '…' }}</c> statements and those of its partials, without loading the
/// template engine — each by name and content. Only a template that includes a computed name (<c>include name</c>)
/// depends on its whole folder; then every regular file in it is hashed (links not followed). So a template that
/// sits beside <c>out/</c> or a large project no longer hashes all of it on every build.
/// </summary>
public static partial class TemplateInputs
{
    public static string Describe(string templatePath)
    {
        var full = Path.GetFullPath(templatePath);
        var folder = new ConfinedFolder(Path.GetDirectoryName(full) ?? ".");
        var text = new StringBuilder();
        var pending = new Queue<string>([Path.GetFileName(full)]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var computed = false;
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name))
                continue;
            string content;
            try
            {
                // The template itself is named on the command line and may be a link; its partials are confined.
                var path = seen.Count == 1 ? full : folder.Resolve(name, out _);
                content = path is null ? "" : TemplateText.Read(path);
                text.Append(name).Append(' ').Append(path is null ? "-" : BuildFingerprint.Hash(Encoding.UTF8.GetBytes(content))).Append('\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Reported when the template is loaded; here it only has to differ from a readable one.
                text.Append(name).Append(" unreadable\n");
                continue;
            }

            foreach (var include in Includes(content))
            {
                if (include is null)
                    computed = true;
                else
                    pending.Enqueue(include);
            }
        }

        if (computed)
            text.Append("folder ").Append(WholeFolder(folder.Folder)).Append('\n');
        return BuildFingerprint.Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The names the <c>include</c> statements in a template's code blocks name; null for a name that is computed.</summary>
    public static IEnumerable<string?> Includes(string template)
    {
        foreach (Match block in CodeBlock().Matches(template))
        {
            foreach (Match include in Include().Matches(block.Groups[1].Value))
                yield return include.Groups["name"].Success && !include.Groups["more"].Success ? include.Groups["name"].Value : null;
        }
    }

    /// <summary>Every regular file in the folder and below, by relative name and content; links and what cannot be read are left out.</summary>
    private static string WholeFolder(string folder)
    {
        var text = new StringBuilder();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (RegularFile.Problem(file) is not null)
                continue;
            try
            {
                text.Append(Path.GetRelativePath(folder, file).Replace('\\', '/')).Append(' ').Append(BuildFingerprint.HashFile(file)).Append('\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                text.Append(Path.GetRelativePath(folder, file)).Append(" unreadable\n");
            }
        }

        return BuildFingerprint.Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary><c>include 'a.sbn'</c> or <c>include "a.sbn"</c> (a literal, not followed by <c>+</c>), or <c>include</c> with anything else.</summary>
    [GeneratedRegex("""\binclude\b\s*(?:(?<q>['"])(?<name>[^'"\\]*)\k<q>(?<more>\s*\+)?)?""")]
    private static partial Regex Include();
}
