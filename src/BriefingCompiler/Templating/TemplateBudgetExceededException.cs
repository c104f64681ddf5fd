using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>A render ran out of its <see cref="TemplateBudget"/>; the span is where it was when it did.</summary>
public sealed class TemplateBudgetExceededException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
