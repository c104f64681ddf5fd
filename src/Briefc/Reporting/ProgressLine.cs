namespace Briefc.Reporting;

/// <summary>
/// "Building 12/240" redrawn in place on an interactive terminal, so a long build shows it is moving. Used only
/// when a person watches (never in CI logs or redirected output), and only for builds of at least
/// <c>from</c> briefings. Safe to call from the threads compiling in parallel.
/// </summary>
public sealed class ProgressLine(TextWriter writer, int from)
{
    private readonly Lock _lock = new();
    private int _width;

    public void Show(int done, int total)
    {
        if (total < from)
            return;
        lock (_lock)
        {
            var text = $"Building {done}/{total}";
            writer.Write('\r' + text);
            _width = Math.Max(_width, text.Length);
            writer.Flush();
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            if (_width > 0)
                writer.Write('\r' + new string(' ', _width) + '\r');
            writer.Flush();
        }
    }
}
