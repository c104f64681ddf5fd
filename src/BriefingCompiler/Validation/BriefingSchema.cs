namespace BriefingCompiler.Validation;

/// <summary>
/// The JSON Schema (draft 2020-12) of briefing format version 1, embedded from schema/briefing.schema.json.
/// Built once per process; it is immutable after that.
/// </summary>
public static class BriefingSchema
{
    /// <summary>The briefing schema, for <see cref="SchemaValidator"/>.</summary>
    public static ValidationSchema Instance { get; } =
        new("BriefingCompiler.briefing.schema.json", "the briefing", new HashSet<string> { "labels" });

    /// <summary>The schema exactly as shipped (what <c>briefc schema</c> prints).</summary>
    public static string Text => Instance.Text;
}
