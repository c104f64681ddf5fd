using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Lays out an image: its used size from CSS 2.1 §10.3.2 and §10.6.2 (width and height, else the HTML attributes,
/// else the image's own size and ratio, else 300 × 150 px), limited by max-width keeping the ratio; placed as
/// one unbreakable block — moved whole to the next page, or scaled down to the page when it is taller than one.
/// </summary>
public sealed class ReplacedLayout(MessageLog log)
{
    public LayoutResult Layout(ReplacedBox box, LayoutSpace space)
    {
        var style = box.Style;
        var (width, height) = UsedSize(box, space.Width);
        var extraHeight = style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
        var borderBoxHeight = height + extraHeight;
        if (borderBoxHeight > space.Height + 0.01f)
        {
            if (!space.AtPageTop && borderBoxHeight <= space.PageHeight + 0.01f)
                return new DoesNotFit("an image is not split across pages");
            // Taller than the room at the top of a page: scaled down to fit, keeping its ratio.
            var room = Math.Max(1, (space.AtPageTop ? space.Height : space.PageHeight) - extraHeight);
            if (!space.AtPageTop)
                return new DoesNotFit("an image is not split across pages");
            log.WarnOnce("PDF210", "image taller than page", $"An image ({box.Image.Name}) is taller than a page ({height:0} pt); it is scaled down to fit.");
            width *= room / height;
            height = room;
            borderBoxHeight = height + extraHeight;
        }

        var borderBoxWidth = width + style.BorderAndPaddingHorizontal;
        var available = space.Width - style.Margin.Horizontal;
        var x = style.Margin.Left + Offset(box, available - borderBoxWidth);
        return new Fits(new BoxFragment(box, x, 0, borderBoxWidth, borderBoxHeight, []));
    }

    /// <summary>How far right of the left margin: auto margins centre a block-level image.</summary>
    private static float Offset(ReplacedBox box, float free) => free > 0 && box.Style.CentredByAutoMargins ? free / 2 : 0;

    /// <summary>The content box's width and height in points.</summary>
    public static (float Width, float Height) UsedSize(ReplacedBox box, float containingWidth)
    {
        var style = box.Style;
        var sizingExtra = style.BorderBoxSizing ? style.BorderAndPaddingHorizontal : 0;
        var sizingExtraHeight = style.BorderBoxSizing ? style.BorderAndPaddingTop + style.BorderAndPaddingBottom : 0;
        float? width = style.Width is { } w ? Math.Max(0, w.Resolve(containingWidth) - sizingExtra) : box.AttributeWidth;
        float? height = style.Height is { } h ? Math.Max(0, h - sizingExtraHeight) : box.AttributeHeight;
        var intrinsic = box.Image.Intrinsic;
        var ratio = intrinsic.Ratio is > 0 and var r ? r : (float?)null;
        var heightFromRatio = false;
        if (width is null && height is null)
        {
            if (intrinsic is { Width: > 0, Height: > 0 })
            {
                (width, height) = (intrinsic.Width, intrinsic.Height);
                heightFromRatio = ratio is not null;
            }
            else if (ratio is { } only)
            {
                width = intrinsic.Width ?? (intrinsic.Height * only) ?? Math.Max(0, containingWidth - style.Margin.Horizontal - style.BorderAndPaddingHorizontal);
                height = width / only;
                heightFromRatio = true;
            }
            else
                (width, height) = (intrinsic.Width ?? IntrinsicSize.DefaultWidth, intrinsic.Height ?? IntrinsicSize.DefaultHeight);
        }
        else if (height is null)
        {
            heightFromRatio = ratio is not null;
            height = ratio is { } rr ? width!.Value / rr : intrinsic.Height ?? IntrinsicSize.DefaultHeight;
        }
        else if (width is null)
        {
            width = ratio is { } rr ? height.Value * rr : intrinsic.Width ?? IntrinsicSize.DefaultWidth;
        }

        if (style.MaxWidth is { } maxWidth)
        {
            var most = Math.Max(0, maxWidth.Resolve(containingWidth) - sizingExtra);
            if (width > most)
            {
                // An auto height follows the used width through the ratio; a height that was set stays.
                if (heightFromRatio)
                    height = height!.Value * most / width.Value;
                width = most;
            }
        }

        return (width!.Value, height!.Value);
    }
}
