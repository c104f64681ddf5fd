namespace BriefingCompiler.Tests.Cli;

/// <summary>A clock stopped at one instant, in a chosen time zone: what scaffolding reads in tests.</summary>
internal sealed class FixedClock(DateTimeOffset now, TimeZoneInfo zone) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone;
}
