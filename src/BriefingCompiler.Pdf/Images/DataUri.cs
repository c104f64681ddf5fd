namespace BriefingCompiler.Pdf.Images;

/// <summary>A <c>data:</c> URI (RFC 2397) decoded: its media type as written and its bytes.</summary>
public sealed record DataUri(string MediaType, byte[] Bytes)
{
    /// <summary>The URI decoded (base64 or percent-encoded), or null when it is malformed or decodes to more than <paramref name="maxBytes"/>.</summary>
    public static DataUri? Decode(string uri, long maxBytes)
    {
        var comma = uri.IndexOf(',');
        if (!uri.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
            return null;
        var header = uri[5..comma];
        var payload = uri[(comma + 1)..];
        var base64 = header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase);
        var mediaType = base64 ? header[..^7] : header;
        if (base64)
        {
            // Base64 is 4 characters for 3 bytes: the length says the size before anything is decoded.
            var text = string.Concat(payload.Where(c => !char.IsWhiteSpace(c)));
            if (text.Length / 4 * 3 > maxBytes)
                return null;
            var bytes = new byte[text.Length / 4 * 3 + 3];
            return Convert.TryFromBase64String(Uri.UnescapeDataString(text), bytes, out var written) ? new DataUri(mediaType, bytes[..written]) : null;
        }

        if (payload.Length > maxBytes * 3)
            return null;
        var decoded = PercentDecoded(payload);
        return decoded is null || decoded.Length > maxBytes ? null : new DataUri(mediaType, decoded);
    }

    /// <summary>The bytes of percent-encoded text (other characters as UTF-8), or null for a broken escape.</summary>
    private static byte[]? PercentDecoded(string text)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                if (i + 2 >= text.Length || !byte.TryParse(text.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
                    return null;
                bytes.Add(value);
                i += 2;
                continue;
            }

            var rune = char.IsSurrogatePair(text, i) ? new System.Text.Rune(text[i], text[++i]) : new System.Text.Rune(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++)
                bytes.Add(utf8[b]);
        }

        return [.. bytes];
    }
}
