namespace BriefingCompiler.Building;

/// <summary>
/// A file several briefings' outputs link to, written once per build into the output folder (briefc.yaml's emblem when
/// it is too large to sit inside each HTML page): its file name, its bytes and their SHA-256.
/// </summary>
public sealed record SharedOutput(string FileName, byte[] Content, string Hash);
