namespace BriefingCompiler.Templating;

/// <summary>Diagnostic codes of the templating stage (BRF4xxx), documented in docs/diagnostics.md.</summary>
public static class TemplateDiagnosticCodes
{
    /// <summary>The template does not parse.</summary>
    public const string SyntaxError = "BRF4001";

    /// <summary>Rendering failed: an unknown variable or function, a wrong argument, a loop or recursion limit.</summary>
    public const string RenderError = "BRF4002";

    /// <summary>An include names a file outside the template's folder, or one that does not exist.</summary>
    public const string IncludeRefused = "BRF4003";

    /// <summary>The template file given with --template cannot be read.</summary>
    public const string TemplateUnreadable = "BRF4004";
}
