namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// What a box says about itself as a flex or grid item: order, flexibility (<see cref="Basis"/> null is auto,
/// <see cref="BasisContent"/> is <c>content</c>), self-alignment, grid placement, which margins are <c>auto</c>,
/// and min-width (null: auto, the automatic minimum of CSS Flexbox §4.5).
/// </summary>
public sealed record ItemStyle
{
    public static readonly ItemStyle Initial = new();

    public int Order { get; init; }
    public float Grow { get; init; }
    public float Shrink { get; init; } = 1;
    public CssLength? Basis { get; init; }
    public bool BasisContent { get; init; }
    public Alignment AlignSelf { get; init; } = Alignment.Auto;
    public Alignment JustifySelf { get; init; } = Alignment.Auto;
    public GridLine ColumnStart { get; init; }
    public GridLine ColumnEnd { get; init; }
    public GridLine RowStart { get; init; }
    public GridLine RowEnd { get; init; }
    public bool AutoMarginTop { get; init; }
    public bool AutoMarginRight { get; init; }
    public bool AutoMarginBottom { get; init; }
    public bool AutoMarginLeft { get; init; }
    public CssLength? MinWidth { get; init; }

    /// <summary>max-height in points (lengths only), read for flex and grid items; null: none.</summary>
    public float? MaxHeight { get; init; }
}
