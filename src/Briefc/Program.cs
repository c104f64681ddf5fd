using Briefc;

return BriefcApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable));
