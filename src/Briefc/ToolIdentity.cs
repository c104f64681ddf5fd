using System.Reflection;

namespace Briefc;

/// <summary>
/// What makes one briefc differ from another for the build fingerprint: its version and the hash of the sources it was
/// built from (SourceIdentity.targets), read from an attribute at no cost, the same under the JIT and Native AOT. A
/// briefc built from changed sources — a fixed label, template or layout rule — then rebuilds outputs it would write
/// differently, though its version number did not change.
/// </summary>
public static class ToolIdentity
{
    private const string SourceIdentityKey = "BriefcSourceIdentity";

    /// <summary>The SHA-256 of the sources this briefc was built from, or null in a build made without SourceIdentity.targets.</summary>
    public static string? SourceHash { get; } = SourceIdentity();

    // After SourceHash: static initializers run in the order they are written.
    public static string Current { get; } = Describe(VersionAction.Version, SourceHash);

    /// <summary>What <c>--version</c> prints: the version and the first 12 hex digits of the source hash, enough to tell builds apart.</summary>
    public static string VersionLine(string version, string? sourceHash) =>
        sourceHash is null ? version : $"{version} (sources {sourceHash[..Math.Min(12, sourceHash.Length)]})";

    /// <summary>The identity text as the fingerprint records it.</summary>
    public static string Describe(string version, string? sourceIdentity) => $"{version} sources {sourceIdentity ?? "unknown"}";

    private static string? SourceIdentity() =>
        typeof(ToolIdentity).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == SourceIdentityKey)?.Value is { Length: > 0 } value ? value : null;
}
