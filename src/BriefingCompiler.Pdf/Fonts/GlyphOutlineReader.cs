using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BriefingCompiler.Pdf.Images;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// A glyph's outline through HarfBuzz's draw API (<c>hb_font_draw_glyph</c>, P/Invoked into the libHarfBuzzSharp that
/// HarfBuzzSharp ships, as <see cref="FontSubsetter"/> does; static callbacks, so Native-AOT safe). The same outlines
/// for TrueType, CFF and variable faces as the PDF's embedded fonts would draw; quadratic curves become cubic ones.
/// </summary>
internal static unsafe partial class GlyphOutlineReader
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>The callbacks, made once and immutable (HarfBuzz shares them safely between threads).</summary>
    private static readonly IntPtr DrawFunctions = CreateDrawFunctions();

    /// <summary>Appends the outline of <paramref name="glyph"/> of <paramref name="font"/> (scaled to font units) to
    /// <paramref name="segments"/>, each point mapped as <c>origin + (x, -y) × scale</c> (font units are y-up).</summary>
    public static void Append(HarfBuzzSharp.Font font, uint glyph, Vector2 origin, float scale, List<PathSegment> segments)
    {
        var sink = new Sink(segments, origin, scale);
        var handle = GCHandle.Alloc(sink);
        try
        {
            hb_font_draw_glyph(font.Handle, glyph, DrawFunctions, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
    }

    private static IntPtr CreateDrawFunctions()
    {
        var functions = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(functions, &MoveTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_line_to_func(functions, &LineTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_quadratic_to_func(functions, &QuadraticTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_cubic_to_func(functions, &CubicTo, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_set_close_path_func(functions, &ClosePath, IntPtr.Zero, IntPtr.Zero);
        hb_draw_funcs_make_immutable(functions);
        return functions;
    }

    /// <summary>Where one glyph's segments go, and the current point (a quadratic curve's start, to make it cubic).</summary>
    private sealed class Sink(List<PathSegment> segments, Vector2 origin, float scale)
    {
        public Vector2 Current;

        public Vector2 Map(float x, float y) => new(origin.X + x * scale, origin.Y - y * scale);

        public void Add(PathSegment segment) => segments.Add(segment);
    }

    private static Sink SinkOf(IntPtr data) => (Sink)GCHandle.FromIntPtr(data).Target!;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void MoveTo(IntPtr functions, IntPtr data, IntPtr state, float x, float y, IntPtr user)
    {
        var sink = SinkOf(data);
        sink.Current = sink.Map(x, y);
        sink.Add(new MoveTo(sink.Current.X, sink.Current.Y));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void LineTo(IntPtr functions, IntPtr data, IntPtr state, float x, float y, IntPtr user)
    {
        var sink = SinkOf(data);
        sink.Current = sink.Map(x, y);
        sink.Add(new LineTo(sink.Current.X, sink.Current.Y));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void QuadraticTo(IntPtr functions, IntPtr data, IntPtr state, float controlX, float controlY, float x, float y, IntPtr user)
    {
        var sink = SinkOf(data);
        var start = sink.Current;
        var control = sink.Map(controlX, controlY);
        var end = sink.Map(x, y);
        // The cubic with the same curve: control points two thirds of the way from each end to the quadratic's one.
        var c1 = start + (control - start) * (2f / 3);
        var c2 = end + (control - end) * (2f / 3);
        sink.Add(new CubicTo(c1.X, c1.Y, c2.X, c2.Y, end.X, end.Y));
        sink.Current = end;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void CubicTo(IntPtr functions, IntPtr data, IntPtr state, float c1X, float c1Y, float c2X, float c2Y, float x, float y, IntPtr user)
    {
        var sink = SinkOf(data);
        var c1 = sink.Map(c1X, c1Y);
        var c2 = sink.Map(c2X, c2Y);
        sink.Current = sink.Map(x, y);
        sink.Add(new CubicTo(c1.X, c1.Y, c2.X, c2.Y, sink.Current.X, sink.Current.Y));
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void ClosePath(IntPtr functions, IntPtr data, IntPtr state, IntPtr user) => SinkOf(data).Add(new ClosePath());

    [LibraryImport(Library)]
    private static partial IntPtr hb_draw_funcs_create();

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_make_immutable(IntPtr functions);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_move_to_func(IntPtr functions, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void> function, IntPtr user, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_line_to_func(IntPtr functions, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, IntPtr, void> function, IntPtr user, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_quadratic_to_func(IntPtr functions, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, IntPtr, void> function, IntPtr user, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_cubic_to_func(IntPtr functions, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, float, float, float, float, float, float, IntPtr, void> function, IntPtr user, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_draw_funcs_set_close_path_func(IntPtr functions, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, IntPtr, void> function, IntPtr user, IntPtr destroy);

    [LibraryImport(Library)]
    private static partial void hb_font_draw_glyph(IntPtr font, uint glyph, IntPtr functions, IntPtr data);
}
