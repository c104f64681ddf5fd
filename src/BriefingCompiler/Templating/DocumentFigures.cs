using BriefingCompiler.Assets;

namespace BriefingCompiler.Templating;

/// <summary>
/// The figures of one document: the images its Markdown may show (read and checked by <see cref="FigureReader"/>),
/// and the numbers of the captioned ones, "Figure 1", "Figure 2"… in the order they are rendered through all its
/// Markdown fields, as footnotes are numbered.
/// </summary>
/// <param name="images">The briefing's images by the address its Markdown writes.</param>
/// <param name="label">The pattern of a figure's number in the document's language (<c>Figure {0}</c>, <c>图 {0}</c>).</param>
/// <param name="labelled">How the language joins a label and its text ("Figure 1: Map", "图 1：地图").</param>
public sealed class DocumentFigures(IReadOnlyDictionary<string, ImageAsset> images, string label, Func<string, string, string> labelled)
{
    private int count;

    /// <summary>The image the Markdown names <paramref name="address"/>, or null when the briefing has none by it.</summary>
    public ImageAsset? Find(string? address) => address is not null && images.TryGetValue(address, out var image) ? image : null;

    /// <summary>The next figure's number.</summary>
    public int Next() => ++count;

    /// <summary>The caption line of figure <paramref name="number"/>: its label, then the caption.</summary>
    public string Caption(int number, string caption) =>
        labelled(label.Replace("{0}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), caption);
}
