using System.CommandLine;
using BriefingCompiler.Projects;
using BriefingCompiler.Html;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc init [DIR]</c>: starts a project — briefc.yaml, an example briefing, a copy of the default template
/// and the schemas for editors. Refuses (and writes nothing) when any of these files already exists. Then a .gitignore
/// (out/) and VS Code settings mapping the schemas to briefings/**, each only where there is none yet.
/// </summary>
public static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string?>("DIR")
        {
            Description = "The folder of the new project [default: the current folder]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Create a briefc project: briefc.yaml, briefings/example.en.yaml, templates/briefing.html.sbn.")
        {
            folder,
        };
        command.SetAction(parseResult =>
        {
            var given = parseResult.GetValue(folder) ?? ".";
            var root = context.FullPath(given);
            var files = ProjectScaffold.Files();
            var existing = files.Select(f => f.Path).Where(p => File.Exists(Path.Combine(root, p)) || Directory.Exists(Path.Combine(root, p))).ToList();
            if (existing.Count > 0)
            {
                foreach (var path in existing)
                    context.Error.WriteLine($"briefc: error: {Path.Join(given, path)} already exists; init does not overwrite files");
                return ExitCodes.UsageError;
            }

            foreach (var (path, text) in files)
            {
                AtomicFile.WriteAllText(Path.Combine(root, path), text);
                context.Output.WriteLine($"Created {Path.Join(given, path)}");
            }

            foreach (var (path, text, ifPresent) in ProjectScaffold.EditorFiles())
            {
                var full = Path.Combine(root, path);
                if (File.Exists(full) || Directory.Exists(full))
                {
                    context.Output.WriteLine($"Kept {Path.Join(given, path)} as it was: {ifPresent}");
                    continue;
                }

                AtomicFile.WriteAllText(full, text);
                context.Output.WriteLine($"Created {Path.Join(given, path)}");
            }

            context.Output.WriteLine($"Next: edit {ProjectScaffold.ExampleBriefing}, then run `briefc check` and `briefc build`" +
                                     (given == "." ? "." : $" in {given}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
