namespace Briefc;

/// <summary>
/// Where a command writes and what it reads from the environment: the real console in <c>Program</c>,
/// string writers in tests, so commands run in-process and their output can be read back.
/// </summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, Func<string, string?> GetEnvironmentVariable);
