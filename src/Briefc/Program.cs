using Briefc;

// Ctrl+C stops a watch cleanly (its last line printed, the server closed) instead of killing the process mid-write.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (stop.IsCancellationRequested)
        return;
    e.Cancel = true;
    stop.Cancel();
};

return BriefcApp.Run(args, new CliContext(Console.Out, Console.Error, Environment.GetEnvironmentVariable)
{
    IsInteractive = !Console.IsOutputRedirected && !Console.IsErrorRedirected,
    Stop = stop.Token,
});
