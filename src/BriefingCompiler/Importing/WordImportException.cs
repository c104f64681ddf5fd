namespace BriefingCompiler.Importing;

/// <summary>A .docx that cannot be imported (not a zip, too large, a DTD, no document part…); the message says why and what to do.</summary>
public sealed class WordImportException(string message) : Exception(message);
