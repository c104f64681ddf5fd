using System.Buffers.Binary;
using System.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// An ICC version 2 display profile for sRGB, built from the numbers of IEC 61966-2-1 rather than copied from a file
/// whose licence would have to travel with briefc: the sRGB primaries adapted to the D50 connection space (Bradford),
/// D50 as media white point, and the sRGB transfer curve sampled at 1,024 points. PDF/A's output intent needs one
/// (ISO 19005-2 §6.2.3). Always the same bytes.
/// </summary>
internal static class SrgbProfile
{
    private const int CurvePoints = 1024;

    public static byte[] Bytes { get; } = Build();

    private static byte[] Build()
    {
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description("sRGB IEC61966-2.1 (briefc)")),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", Xyz(0.4360747, 0.2225045, 0.0139322)),
            ("gXYZ", Xyz(0.3850649, 0.7168786, 0.0971045)),
            ("bXYZ", Xyz(0.1430804, 0.0606169, 0.7141733)),
        };
        var curve = Curve();
        var tagCount = tags.Count + 3;
        var offset = 128 + 4 + tagCount * 12;
        var table = new List<(string Signature, int Offset, int Size)>();
        var body = new MemoryStream();
        foreach (var (signature, data) in tags)
        {
            table.Add((signature, offset + (int)body.Length, data.Length));
            body.Write(data);
            while (body.Length % 4 != 0) body.WriteByte(0);
        }

        // The three channels share one curve (the tag table may point several tags at the same data).
        var curveOffset = offset + (int)body.Length;
        body.Write(curve);
        foreach (var signature in new[] { "rTRC", "gTRC", "bTRC" }) table.Add((signature, curveOffset, curve.Length));

        var size = offset + (int)body.Length;
        var profile = new byte[size];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)size);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000); // version 2.1
        Ascii("mntr").CopyTo(span[12..]);
        Ascii("RGB ").CopyTo(span[16..]);
        Ascii("XYZ ").CopyTo(span[20..]);
        // Creation date: fixed (2000-01-01), never the clock.
        BinaryPrimitives.WriteUInt16BigEndian(span[24..], 2000);
        BinaryPrimitives.WriteUInt16BigEndian(span[26..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[28..], 1);
        Ascii("acsp").CopyTo(span[36..]);
        WriteXyz(span[68..], 0.9642, 1.0, 0.8249); // the connection space's illuminant, D50
        BinaryPrimitives.WriteUInt32BigEndian(span[128..], (uint)tagCount);
        for (var i = 0; i < table.Count; i++)
        {
            var entry = span[(132 + i * 12)..];
            Ascii(table[i].Signature).CopyTo(entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)table[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)table[i].Size);
        }

        body.ToArray().CopyTo(span[offset..]);
        return profile;
    }

    /// <summary>The sRGB transfer function (IEC 61966-2-1: linear below 0.04045, a 2.4 power above) as a curveType.</summary>
    private static byte[] Curve()
    {
        var data = new byte[12 + CurvePoints * 2];
        Ascii("curv").CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var v = i / (double)(CurvePoints - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + i * 2), (ushort)Math.Round(linear * 65535));
        }

        return data;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii("XYZ ").CopyTo(data, 0);
        WriteXyz(data.AsSpan(8), x, y, z);
        return data;
    }

    private static void WriteXyz(Span<byte> at, double x, double y, double z)
    {
        BinaryPrimitives.WriteInt32BigEndian(at, S15Fixed16(x));
        BinaryPrimitives.WriteInt32BigEndian(at[4..], S15Fixed16(y));
        BinaryPrimitives.WriteInt32BigEndian(at[8..], S15Fixed16(z));
    }

    private static int S15Fixed16(double value) => (int)Math.Round(value * 65536);

    /// <summary>A textDescriptionType (ICC.1:2001-04 §6.5.17): ASCII, then empty Unicode and ScriptCode parts.</summary>
    private static byte[] Description(string text)
    {
        var ascii = Ascii(text + "\0");
        var data = new byte[12 + ascii.Length + 4 + 4 + 2 + 1 + 67];
        Ascii("desc").CopyTo(data, 0);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)ascii.Length);
        ascii.CopyTo(data, 12);
        return data;
    }

    private static byte[] Text(string text)
    {
        var ascii = Ascii(text + "\0");
        var data = new byte[8 + ascii.Length];
        Ascii("text").CopyTo(data, 0);
        ascii.CopyTo(data, 8);
        return data;
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
