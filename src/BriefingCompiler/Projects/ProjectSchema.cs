using BriefingCompiler.Validation;

namespace BriefingCompiler.Projects;

/// <summary>The JSON Schema of briefc.yaml, embedded from schema/briefc-project.schema.json.</summary>
public static class ProjectSchema
{
    public static ValidationSchema Instance { get; } = new("BriefingCompiler.briefc-project.schema.json", "the project file");

    public static string Text => Instance.Text;
}
