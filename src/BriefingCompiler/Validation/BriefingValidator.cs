using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>Validates a source tree: the schema first, then the semantic rules on what the schema accepted.</summary>
public static class BriefingValidator
{
    /// <param name="root">The source tree.</param>
    /// <param name="alreadyReported">Nodes the loader reported; nothing more is said about them.</param>
    public static IReadOnlyList<Diagnostic> Validate(MappingNode root, IReadOnlySet<SourceNode>? alreadyReported = null)
    {
        var schema = SchemaValidator.Validate(root, alreadyReported ?? new HashSet<SourceNode>());
        var semantic = SemanticRules.Check(root, schema.FlaggedNodes);
        var audiences = AudienceRules.Check(root, schema.FlaggedNodes);
        return [.. schema.Diagnostics.Concat(semantic).Concat(audiences)];
    }
}
