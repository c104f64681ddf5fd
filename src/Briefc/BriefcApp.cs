using System.CommandLine;
using System.CommandLine.Help;
using Briefc.Commands;
using Briefc.Reporting;

namespace Briefc;

/// <summary>The briefc command line: parses arguments, runs one command, and turns any failure into an exit code.</summary>
public static class BriefcApp
{
    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = CreateRoot(context);

            // Bare `briefc` shows what it can do, as `dotnet` and `cargo` do, rather than an error.
            var parseResult = root.Parse(args.Length == 0 ? ["--help"] : args);
            if (parseResult.Errors.Count > 0)
            {
                var command = parseResult.CommandResult.Command;
                // "briefc biuld" is an unknown command, not also a missing one.
                var errors = parseResult.Errors.Count > 1 && command == root
                    ? parseResult.Errors.Where(e => e.Message != "Required command was not provided.")
                    : parseResult.Errors;
                foreach (var error in errors)
                {
                    context.Error.WriteLine($"briefc: error: {CommandLineTypos.Explain(error.Message, command, root)}");
                }

                context.Error.WriteLine(command == root ? "Run 'briefc help' for the commands." : $"Run 'briefc help {command.Name}' for its usage.");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception exception) when (MissingNativeLibrary(exception) is { } missing)
        {
            // A briefc copied without the files published beside it: the one installation mistake worth naming.
            context.Error.WriteLine($"briefc: error: {missing}, a native library of the PDF engine, is missing; it is published next to " +
                                    $"briefc (in {AppContext.BaseDirectory.TrimEnd('/', '\\')}): copy or install the whole folder, not briefc alone");
            return ExitCodes.InternalError;
        }
        catch (Exception exception)
        {
            // A stack trace shown to a user is a bug; say what happened in one line and exit distinctly.
            context.Error.WriteLine($"briefc: internal error: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The whole command tree, every command writing through <paramref name="context"/>.</summary>
    public static Command CreateRoot(CliContext context)
    {
        // A plain command named briefc rather than RootCommand, whose name is the host process's (the test
        // host when run in-process): help then always says "briefc".
        var root = new Command("briefc", "briefc compiles meeting briefings written in YAML into HTML and PDF.")
        {
            new HelpOption(),
            new VersionOption { Action = new VersionAction() },
            ColorOption.Create(),
        };
        // One line per command: commands describe themselves and write through the context.
        root.Add(CheckCommand.Create(context));
        root.Add(SchemaCommand.Create(context));
        root.Add(BuildCommand.Create(context));
        root.Add(WatchCommand.Create(context));
        root.Add(InitCommand.Create(context));
        root.Add(NewCommand.Create(context));
        root.Add(DiffCommand.Create(context));
        root.Add(RenderCommand.Create(context));
        root.Add(ImportCommand.Create(context));
        root.Add(FontsCommand.Create(context));
        root.Add(XliffCommand.Create(context));

        root.Add(CompletionCommand.Create(context, root));
        root.Add(HelpCommand.Create(context, root));
        return root;
    }

    /// <summary>The native library (libSkiaSharp, libHarfBuzzSharp) that could not be loaded, however deep the failure is wrapped.</summary>
    private static string? MissingNativeLibrary(Exception exception)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        foreach (var candidate in inner)
        {
            for (var e = candidate; e is not null; e = e.InnerException)
            {
                if (e is DllNotFoundException)
                {
                    var message = e.Message;
                    return new[] { "libHarfBuzzSharp", "libSkiaSharp" }.FirstOrDefault(name => message.Contains(name, StringComparison.Ordinal)) is { } name
                        ? name + NativeLibraryExtension
                        : "libSkiaSharp or libHarfBuzzSharp";
                }
            }
        }

        return null;
    }

    private static string NativeLibraryExtension =>
        OperatingSystem.IsWindows() ? ".dll" : OperatingSystem.IsMacOS() ? ".dylib" : ".so";
}
