using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefc.Watching;

/// <summary>
/// <c>briefc watch --serve</c>: the output folder over HTTP on 127.0.0.1 only, on a free port. <c>/</c> lists the HTML
/// and PDF outputs; <c>/view/NAME</c> shows one in a page that reloads it when a rebuild rewrote it (the page listens
/// on <c>/events</c>, server-sent events, one message per rebuild naming the files written); <c>/files/NAME</c> is the
/// file itself, byte for byte — outputs are served as built, nothing injected. Only files inside the output folder are
/// served (no <c>..</c>, no symbolic link leading out), only with GET.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Lock _lock = new();
    private readonly List<(HttpListenerResponse Response, Stream Stream)> _listeners = [];
    private readonly CancellationTokenSource _stop = new();

    private PreviewServer(string folder, int port)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public string Address => $"http://127.0.0.1:{Port}/";

    /// <summary>Starts serving <paramref name="folder"/> on a port no other program listens on.</summary>
    public static PreviewServer Start(string folder)
    {
        // HttpListener cannot take port 0; the system picks a free port for a socket, which is then let go and taken.
        for (var attempt = 0; ; attempt++)
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            var server = new PreviewServer(folder, port);
            try
            {
                server._listener.Start();
                _ = server.AcceptAsync();
                return server;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Taken between the probe and the start by another program: another port.
                server.Dispose();
            }
        }
    }

    /// <summary>Tells the open pages that a rebuild wrote <paramref name="outputs"/> (file names in the output folder).</summary>
    public void Announce(IEnumerable<string> outputs)
    {
        var message = Encoding.UTF8.GetBytes($"data: {string.Join('|', outputs)}\n\n");
        lock (_lock)
        {
            foreach (var listener in _listeners.ToList())
            {
                try
                {
                    listener.Stream.Write(message);
                    listener.Stream.Flush();
                }
                catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
                {
                    // The page was closed.
                    _listeners.Remove(listener);
                }
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext request;
            try
            {
                request = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(request));
        }
    }

    private void Serve(HttpListenerContext http)
    {
        var response = http.Response;
        try
        {
            var path = Uri.UnescapeDataString(http.Request.Url?.AbsolutePath ?? "/");
            if (http.Request.HttpMethod != "GET")
            {
                Reply(response, 405, "text/plain", "only GET");
            }
            else if (path == "/")
            {
                Reply(response, 200, "text/html; charset=utf-8", IndexPage());
            }
            else if (path.StartsWith("/view/", StringComparison.Ordinal) && Inside(path["/view/".Length..]) is { } viewed)
            {
                Reply(response, 200, "text/html; charset=utf-8", ViewPage(Path.GetRelativePath(_folder, viewed).Replace('\\', '/')));
            }
            else if (path.StartsWith("/files/", StringComparison.Ordinal) && Inside(path["/files/".Length..]) is { } file)
            {
                response.StatusCode = 200;
                response.ContentType = ContentType(file);
                response.Headers["Cache-Control"] = "no-store";
                var bytes = File.ReadAllBytes(file);
                response.ContentLength64 = bytes.Length;
                response.OutputStream.Write(bytes);
                response.Close();
            }
            else if (path == "/events")
            {
                response.StatusCode = 200;
                response.ContentType = "text/event-stream";
                response.Headers["Cache-Control"] = "no-store";
                response.SendChunked = true;
                var stream = response.OutputStream;
                stream.Write(": connected\n\n"u8);
                stream.Flush();
                lock (_lock)
                    _listeners.Add((response, stream));
            }
            else
            {
                Reply(response, 404, "text/plain", "not found: only the outputs of this build are served");
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // The browser went away mid-answer, or the file was being replaced: the next request will do.
            response.Abort();
        }
    }

    /// <summary>The file <paramref name="name"/> names inside the output folder, or null when it is not one (outside, missing, a folder).</summary>
    private string? Inside(string name)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
            return null;
        var full = Path.GetFullPath(Path.Combine(_folder, name));
        if (!full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
            return null;
        // A symbolic link may lead out of the folder: serve only what it resolves to inside.
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        return target.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private string IndexPage()
    {
        IEnumerable<string> items = Directory.Exists(_folder)
            ? Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : Array.Empty<string>();
        var list = string.Concat(items.Select(name => $"<li><a href=\"/view/{Uri.EscapeDataString(name).Replace("%2F", "/", StringComparison.Ordinal)}\">{WebUtility.HtmlEncode(name)}</a></li>"));
        return $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>briefc watch</title></head><body><h1>briefc watch</h1><ul>{list}</ul>" +
               "<script>new EventSource('/events').onmessage = () => location.reload();</script></body></html>";
    }

    private static string ViewPage(string name)
    {
        var source = "/files/" + Uri.EscapeDataString(name).Replace("%2F", "/", StringComparison.Ordinal);
        var encodedName = WebUtility.HtmlEncode(name);
        // Reload the frame when a rebuild names this file; the query string defeats the browser's PDF cache.
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + encodedName + "</title>" +
               "<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head><body>" +
               $"<iframe id=\"output\" src=\"{source}\"></iframe><script>" +
               $"const name = {System.Text.Json.JsonSerializer.Serialize(name, ViewJsonContext.Default.String)}, frame = document.getElementById('output'); let n = 0;" +
               $"new EventSource('/events').onmessage = e => {{ if (e.data.split('|').includes(name)) frame.src = '{source}?v=' + (++n); }};" +
               "</script></body></html>";
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        // briefc.yaml's emblem and the figures when they are written beside the pages (briefc-emblem-HASH.EXT, briefc-figure-HASH.EXT): a browser shows an <img> of
        // SVG only when it is served as SVG.
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        ".css" => "text/css",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    private static void Reply(HttpListenerResponse response, int status, string type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        lock (_lock)
        {
            foreach (var (response, _) in _listeners)
                response.Abort();
            _listeners.Clear();
        }

        _listener.Close();
    }
}
