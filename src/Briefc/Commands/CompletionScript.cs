using System.CommandLine;
using System.Text;

namespace Briefc.Commands;

/// <summary>
/// A shell completion script written from briefc's own command tree, so it never lags behind the commands: the
/// commands after <c>briefc</c>, each command's options after a dash, the values of options that take one of a few
/// words (<c>--color auto|always|never</c>), and file names elsewhere. Static text, no call back into briefc per
/// key press.
/// </summary>
public static class CompletionScript
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "pwsh"];

    public static string For(string shell, Command root) => shell switch
    {
        "bash" => Bash(root),
        // zsh runs bash completion functions through bashcompinit.
        "zsh" => "autoload -U +X bashcompinit && bashcompinit\n" + Bash(root),
        "pwsh" => PowerShell(root),
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "not a supported shell"),
    };

    private static IEnumerable<string> OptionNames(Command command, Command root) =>
        command.Options.Concat(command == root ? [] : root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(name => name.StartsWith('-') && !name.Contains('?', StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// Per command, the options whose value is one of a few words, named in their help as <c>a|b|c</c>; the command
    /// is "*" for options every command has (<c>--color</c>).
    /// </summary>
    private static IEnumerable<(string Command, string Name, string[] Values)> ValueChoices(Command root) =>
        root.Options.Where(o => o.Recursive).Select(o => ("*", o))
            .Concat(root.Subcommands.SelectMany(c => c.Options.Concat(c.Subcommands.SelectMany(s => s.Options)).Select(o => (c.Name, o))))
            .Where(p => p.Item2.HelpName is { } help && help.Contains('|', StringComparison.Ordinal))
            .SelectMany(p => p.Item2.Aliases.Prepend(p.Item2.Name).Select(name => (p.Item1, name, p.Item2.HelpName!.Split('|'))));

    /// <summary>The options of a command's own subcommands (<c>xliff extract --to</c>), offered after the command's name.</summary>
    private static IEnumerable<string> SubcommandOptions(Command command, Command root) =>
        command.Subcommands.SelectMany(c => OptionNames(c, root)).Distinct().Order(StringComparer.Ordinal);

    private static string Bash(Command root)
    {
        var script = new StringBuilder();
        script.Append("# briefc completion for bash; load it with: eval \"$(briefc completion bash)\"\n")
            .Append("_briefc() {\n")
            .Append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" words=\"\"\n")
            .Append("  case \"${COMP_WORDS[1]}:$prev\" in\n");
        foreach (var (command, name, values) in ValueChoices(root))
            script.Append($"    {command}:{name}) COMPREPLY=($(compgen -W \"{string.Join(' ', values)}\" -- \"$cur\")); return ;;\n");
        script.Append("  esac\n")
            .Append("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n")
            .Append($"    words=\"{string.Join(' ', root.Subcommands.Select(c => c.Name).Concat(OptionNames(root, root)))}\"\n")
            .Append("  else\n")
            .Append("    case \"${COMP_WORDS[1]}\" in\n");
        foreach (var command in root.Subcommands)
        {
            var words = command.Name == "help" || command.Name == "completion"
                ? command.Name == "help" ? root.Subcommands.Select(c => c.Name) : CompletionScript.Shells
                : command.Subcommands.Select(c => c.Name);
            script.Append($"      {command.Name}) words=\"{string.Join(' ', words.Concat(OptionNames(command, root)).Concat(SubcommandOptions(command, root)).Distinct())}\" ;;\n");
        }

        script.Append("    esac\n")
            .Append("  fi\n")
            .Append("  if [[ \"$cur\" == -* || \"$COMP_CWORD\" -eq 1 || \"${COMP_WORDS[1]}\" == help || \"${COMP_WORDS[1]}\" == completion")
            .Append(string.Concat(root.Subcommands.Where(c => c.Subcommands.Count > 0).Select(c => $" || ( \"$COMP_CWORD\" -eq 2 && \"${{COMP_WORDS[1]}}\" == {c.Name} )")))
            .Append(" ]]; then\n")
            .Append("    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n")
            .Append("  else\n")
            .Append("    COMPREPLY=($(compgen -f -- \"$cur\"))\n")
            .Append("  fi\n")
            .Append("}\n")
            .Append("complete -o filenames -o bashdefault -F _briefc briefc\n");
        return script.ToString();
    }

    private static string PowerShell(Command root)
    {
        static string List(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"'{w}'"));
        var script = new StringBuilder();
        script.Append("# briefc completion for PowerShell; load it with: briefc completion pwsh | Out-String | Invoke-Expression\n")
            .Append("Register-ArgumentCompleter -Native -CommandName briefc -ScriptBlock {\n")
            .Append("    param($wordToComplete, $commandAst, $cursorPosition)\n")
            .Append("    $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })\n")
            .Append("    $choices = @{\n");
        foreach (var (command, name, values) in ValueChoices(root))
            script.Append($"        '{command}:{name}' = @({List(values)})\n");
        script.Append("    }\n")
            .Append("    $options = @{\n");
        foreach (var command in root.Subcommands)
            script.Append($"        '{command.Name}' = @({List(OptionNames(command, root).Concat(SubcommandOptions(command, root)).Distinct())})\n");
        script.Append("    }\n")
            .Append($"    $commands = @({List(root.Subcommands.Select(c => c.Name))})\n")
            .Append("    $previous = if ($wordToComplete) { $words[-2] } else { $words[-1] }\n")
            .Append("    $key = if ($choices.ContainsKey(\"*:$previous\")) { \"*:$previous\" } else { \"$($words[1]):$previous\" }\n")
            .Append("    if ($choices.ContainsKey($key)) { $candidates = $choices[$key] }\n")
            .Append("    elseif ($words.Count -le 1 -or ($words.Count -eq 2 -and $wordToComplete)) { $candidates = $commands }\n")
            .Append("    elseif ($wordToComplete -like '-*') { $candidates = $options[$words[1]] }\n")
            .Append("    else { return }\n")
            .Append("    $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {\n")
            .Append("        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)\n")
            .Append("    }\n")
            .Append("}\n");
        return script.ToString();
    }
}
