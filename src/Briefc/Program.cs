using Briefc;

return BriefcApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable)
{
    IsInteractive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
});
