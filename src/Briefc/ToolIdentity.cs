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

    public static string Current { get; } = Describe(VersionAction.Version, SourceIdentity());

    /// <summary>The identity text as the fingerprint records it.</summary>
    public static string Describe(string version, string? sourceIdentity) => $"{version} sources {sourceIdentity ?? "unknown"}";

    private static string? SourceIdentity() =>
        typeof(ToolIdentity).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == SourceIdentityKey)?.Value is { Length: > 0 } value ? value : null;
}
