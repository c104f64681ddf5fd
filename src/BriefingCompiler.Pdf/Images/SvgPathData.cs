using System.Globalization;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// SVG path data (the <c>d</c> attribute) as absolute moves, lines, cubic curves and closes, in user units: relative
/// commands made absolute, horizontal/vertical lines, quadratics and smooth curves turned into lines and cubics,
/// arcs into cubics. A malformed command ends the path there, as SVG says (what came before is drawn).
/// </summary>
public static class SvgPathData
{
    public static List<PathSegment> Parse(string data, int maxSegments)
    {
        var segments = new List<PathSegment>();
        var reader = new NumberReader(data);
        float x = 0, y = 0, startX = 0, startY = 0;
        float lastControlX = 0, lastControlY = 0;
        var command = '\0';
        var previous = '\0';
        while (segments.Count < maxSegments)
        {
            reader.SkipSeparators();
            if (reader.AtEnd)
                break;
            if (char.IsAsciiLetter(reader.Peek))
                command = reader.Next();
            else if (command is '\0' or 'Z' or 'z')
                break;
            var relative = char.IsLower(command);
            var ox = relative ? x : 0;
            var oy = relative ? y : 0;
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    if (!reader.TryPair(out var mx, out var my))
                        return segments;
                    x = startX = ox + mx;
                    y = startY = oy + my;
                    segments.Add(new MoveTo(x, y));
                    // Further pairs after a move are lines.
                    command = relative ? 'l' : 'L';
                    previous = 'M';
                    continue;
                case 'L':
                    if (!reader.TryPair(out var lx, out var ly))
                        return segments;
                    (x, y) = (ox + lx, oy + ly);
                    segments.Add(new LineTo(x, y));
                    break;
                case 'H':
                    if (!reader.TryNumber(out var hx))
                        return segments;
                    x = ox + hx;
                    segments.Add(new LineTo(x, y));
                    break;
                case 'V':
                    if (!reader.TryNumber(out var vy))
                        return segments;
                    y = oy + vy;
                    segments.Add(new LineTo(x, y));
                    break;
                case 'C':
                {
                    if (!reader.TryPair(out var x1, out var y1) || !reader.TryPair(out var x2, out var y2) || !reader.TryPair(out var cx, out var cy))
                        return segments;
                    segments.Add(new CubicTo(ox + x1, oy + y1, ox + x2, oy + y2, ox + cx, oy + cy));
                    (lastControlX, lastControlY, x, y) = (ox + x2, oy + y2, ox + cx, oy + cy);
                    previous = 'C';
                    continue;
                }
                case 'S':
                {
                    if (!reader.TryPair(out var x2, out var y2) || !reader.TryPair(out var cx, out var cy))
                        return segments;
                    var (x1, y1) = previous == 'C' ? (2 * x - lastControlX, 2 * y - lastControlY) : (x, y);
                    segments.Add(new CubicTo(x1, y1, ox + x2, oy + y2, ox + cx, oy + cy));
                    (lastControlX, lastControlY, x, y) = (ox + x2, oy + y2, ox + cx, oy + cy);
                    previous = 'C';
                    continue;
                }
                case 'Q':
                {
                    if (!reader.TryPair(out var qx, out var qy) || !reader.TryPair(out var ex, out var ey))
                        return segments;
                    segments.Add(Quadratic(x, y, ox + qx, oy + qy, ox + ex, oy + ey));
                    (lastControlX, lastControlY, x, y) = (ox + qx, oy + qy, ox + ex, oy + ey);
                    previous = 'Q';
                    continue;
                }
                case 'T':
                {
                    if (!reader.TryPair(out var ex, out var ey))
                        return segments;
                    var (qx, qy) = previous == 'Q' ? (2 * x - lastControlX, 2 * y - lastControlY) : (x, y);
                    segments.Add(Quadratic(x, y, qx, qy, ox + ex, oy + ey));
                    (lastControlX, lastControlY, x, y) = (qx, qy, ox + ex, oy + ey);
                    previous = 'Q';
                    continue;
                }
                case 'A':
                {
                    if (!reader.TryPair(out var rx, out var ry) || !reader.TryNumber(out var rotation)
                        || !reader.TryFlag(out var large) || !reader.TryFlag(out var sweep) || !reader.TryPair(out var ax, out var ay))
                        return segments;
                    Arc(segments, x, y, rx, ry, rotation, large, sweep, ox + ax, oy + ay);
                    (x, y) = (ox + ax, oy + ay);
                    break;
                }
                case 'Z':
                    segments.Add(new ClosePath());
                    (x, y) = (startX, startY);
                    break;
                default:
                    return segments;
            }

            previous = char.ToUpperInvariant(command);
        }

        return segments;
    }

    private static CubicTo Quadratic(float x0, float y0, float qx, float qy, float x, float y) =>
        new(x0 + 2f / 3 * (qx - x0), y0 + 2f / 3 * (qy - y0), x + 2f / 3 * (qx - x), y + 2f / 3 * (qy - y), x, y);

    /// <summary>An elliptical arc as cubic curves (SVG 1.1 appendix F.6: endpoint to centre parameterisation), at most a quarter turn each.</summary>
    private static void Arc(List<PathSegment> segments, float x0, float y0, float rx, float ry, float rotationDegrees, bool large, bool sweep, float x, float y)
    {
        if (x0 == x && y0 == y)
            return;
        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0)
        {
            segments.Add(new LineTo(x, y));
            return;
        }

        var phi = rotationDegrees * Math.PI / 180;
        double cos = Math.Cos(phi), sin = Math.Sin(phi);
        var dx = (x0 - x) / 2.0;
        var dy = (y0 - y) / 2.0;
        var x1 = cos * dx + sin * dy;
        var y1 = -sin * dx + cos * dy;
        double rxd = rx, ryd = ry;
        var lambda = x1 * x1 / (rxd * rxd) + y1 * y1 / (ryd * ryd);
        if (lambda > 1)
        {
            rxd *= Math.Sqrt(lambda);
            ryd *= Math.Sqrt(lambda);
        }

        var numerator = rxd * rxd * ryd * ryd - rxd * rxd * y1 * y1 - ryd * ryd * x1 * x1;
        var denominator = rxd * rxd * y1 * y1 + ryd * ryd * x1 * x1;
        var factor = (large == sweep ? -1 : 1) * Math.Sqrt(Math.Max(0, numerator / denominator));
        var cx1 = factor * rxd * y1 / ryd;
        var cy1 = factor * -ryd * x1 / rxd;
        var cx = cos * cx1 - sin * cy1 + (x0 + x) / 2.0;
        var cy = sin * cx1 + cos * cy1 + (y0 + y) / 2.0;
        var start = Math.Atan2((y1 - cy1) / ryd, (x1 - cx1) / rxd);
        var end = Math.Atan2((-y1 - cy1) / ryd, (-x1 - cx1) / rxd);
        var delta = end - start;
        if (sweep && delta < 0)
            delta += 2 * Math.PI;
        else if (!sweep && delta > 0)
            delta -= 2 * Math.PI;
        var pieces = (int)Math.Ceiling(Math.Abs(delta) / (Math.PI / 2) - 1e-9);
        pieces = Math.Max(1, pieces);
        var step = delta / pieces;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        (double X, double Y) Point(double angle, double ex, double ey) =>
            (cx + rxd * Math.Cos(angle) * cos - ryd * Math.Sin(angle) * sin + ex, cy + rxd * Math.Cos(angle) * sin + ryd * Math.Sin(angle) * cos + ey);
        (double X, double Y) Tangent(double angle) =>
            (-rxd * Math.Sin(angle) * cos - ryd * Math.Cos(angle) * sin, -rxd * Math.Sin(angle) * sin + ryd * Math.Cos(angle) * cos);
        var angle0 = start;
        for (var i = 0; i < pieces; i++)
        {
            var angle1 = angle0 + step;
            var p0 = Point(angle0, 0, 0);
            var p1 = Point(angle1, 0, 0);
            var t0 = Tangent(angle0);
            var t1 = Tangent(angle1);
            var last = i == pieces - 1;
            segments.Add(new CubicTo(
                (float)(p0.X + k * t0.X), (float)(p0.Y + k * t0.Y),
                (float)(p1.X - k * t1.X), (float)(p1.Y - k * t1.Y),
                last ? x : (float)p1.X, last ? y : (float)p1.Y));
            angle0 = angle1;
        }
    }

    /// <summary>Numbers as SVG writes them: "1.5.5" is 1.5 and .5, "1-2" is 1 and -2, commas and spaces separate.</summary>
    internal ref struct NumberReader(string text)
    {
        private readonly string text = text;
        private int at;

        public readonly bool AtEnd => at >= text.Length;

        public readonly char Peek => text[at];

        public char Next() => text[at++];

        public void SkipSeparators()
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ','))
                at++;
        }

        public bool TryPair(out float x, out float y)
        {
            y = 0;
            return TryNumber(out x) && TryNumber(out y);
        }

        public bool TryFlag(out bool flag)
        {
            SkipSeparators();
            flag = false;
            if (at >= text.Length || text[at] is not ('0' or '1'))
                return false;
            flag = text[at++] == '1';
            return true;
        }

        public bool TryNumber(out float value)
        {
            SkipSeparators();
            value = 0;
            var start = at;
            if (at < text.Length && text[at] is '+' or '-')
                at++;
            var digits = false;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
                digits = true;
            }

            if (at < text.Length && text[at] == '.')
            {
                at++;
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    at++;
                    digits = true;
                }
            }

            if (digits && at < text.Length && text[at] is 'e' or 'E' && at + 1 < text.Length && (char.IsAsciiDigit(text[at + 1]) || text[at + 1] is '+' or '-'))
            {
                at += 2;
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                    at++;
            }

            if (!digits || !float.TryParse(text.AsSpan(start, at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !float.IsFinite(value))
            {
                at = start;
                return false;
            }

            return true;
        }
    }
}
