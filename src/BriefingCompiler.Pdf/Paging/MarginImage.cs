namespace BriefingCompiler.Pdf.Paging;

/// <summary>An image of a running header or footer (<c>content: url(…)</c> in a margin box), placed on the page.</summary>
public sealed record MarginImage(Images.ImageResource Image, float X, float Y, float Width, float Height);
