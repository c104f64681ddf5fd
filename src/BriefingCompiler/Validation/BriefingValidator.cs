using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Validation;

/// <summary>Validates a source tree: the schema first, then the semantic rules on what the schema accepted.</summary>
public static class BriefingValidator
{
    public static IReadOnlyList<Diagnostic> Validate(MappingNode root)
    {
        var schema = SchemaValidator.Validate(root);
        var semantic = SemanticRules.Check(root, schema.FlaggedNodes);
        return [.. schema.Diagnostics.Concat(semantic)];
    }
}
