namespace BriefingCompiler.Validation;

/// <summary>JSON Pointer (RFC 6901) text split into unescaped segments: <c>/a~1b/0</c> → <c>a/b</c>, <c>0</c>.</summary>
public static class JsonPointerText
{
    public static IReadOnlyList<string> Split(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        // A pointer written as a URI fragment (#/a/b) is percent-encoded; a plain one is not.
        var isFragment = pointer.StartsWith('#');
        var body = isFragment ? pointer[1..] : pointer;
        return [.. body.Split('/').Skip(1)
            .Select(s => isFragment ? Uri.UnescapeDataString(s) : s)
            .Select(s => s.Replace("~1", "/").Replace("~0", "~"))];
    }
}
