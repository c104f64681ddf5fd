using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>An <c>include</c> that names a file the template may not read, or one that does not exist.</summary>
public sealed class TemplateIncludeException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
