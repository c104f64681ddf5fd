namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The ruby display types (CSS Ruby 1 §2): a <c>display: ruby</c> element is set as one ruby container in its line; its
/// <c>ruby-base</c> and <c>ruby-text</c> (and <c>ruby-text-container</c>) children are its bases and annotations. Each is an
/// inline box otherwise (<see cref="ComputedStyle.Display"/> is <see cref="Display.Inline"/>), so a base or annotation out of
/// any ruby reads as inline text, as browsers show it.
/// </summary>
public enum RubyDisplay
{
    None,

    /// <summary>display: ruby.</summary>
    Container,

    /// <summary>display: ruby-base (and ruby-base-container).</summary>
    Base,

    /// <summary>display: ruby-text (and ruby-text-container).</summary>
    Annotation,
}
