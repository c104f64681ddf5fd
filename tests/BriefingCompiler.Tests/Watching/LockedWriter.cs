using System.Text;

namespace BriefingCompiler.Tests.Watching;

/// <summary>A text writer that a command running on another thread writes to while the test reads what it wrote so far.</summary>
internal sealed class LockedWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
            _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_lock)
            _text.Append(value);
    }

    public override string ToString()
    {
        lock (_lock)
            return _text.ToString();
    }
}
