using System.Text;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Importing;

/// <summary>
/// <c>briefc import</c>'s pipeline: Word bytes → blocks (<see cref="WordBlockReader"/>) → briefing fields
/// (<see cref="BriefingRecognizer"/>) → YAML (<see cref="DraftYamlWriter"/>), then the draft is checked like any
/// source so the report can say whether it builds as it is, and if not exactly why.
/// </summary>
public static class WordImporter
{
    /// <param name="sourceName">The .docx as messages name it.</param>
    /// <param name="draftPath">Where the draft will be written: names it in its diagnostics.</param>
    /// <param name="language">The document's language when the user gives it; otherwise the document's own or a guess.</param>
    /// <exception cref="WordImportException">The file cannot be read as a Word document.</exception>
    public static WordImportResult Import(byte[] docx, string sourceName, string draftPath, string? language)
    {
        var (blocks, coreLanguage, _) = WordBlockReader.Read(docx);
        var (draft, report) = BriefingRecognizer.Recognize(blocks, language, coreLanguage);
        var yaml = DraftYamlWriter.Write(draft, sourceName);
        var check = BriefingLoader.Load(draftPath, Encoding.UTF8.GetBytes(yaml));
        return new WordImportResult(yaml, draft, report, check.Diagnostics);
    }
}
