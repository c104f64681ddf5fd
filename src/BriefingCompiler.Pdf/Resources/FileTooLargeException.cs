namespace BriefingCompiler.Pdf.Resources;

/// <summary>A file longer than the limit of what reads it.</summary>
public sealed class FileTooLargeException(string path, long length, long limit)
    : IOException($"{Path.GetFileName(path)} is {length:N0} bytes, more than the {limit:N0} allowed")
{
    public long Length { get; } = length;
    public long Limit { get; } = limit;
}
