using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BriefingCompiler.Conformance;

/// <summary>The run's results as a text table (one row per folder) and as JSON (deterministic: sorted, no times).</summary>
public static class ResultsReport
{
    public static string Table(IReadOnlyList<ReftestResult> results)
    {
        var rows = FolderSummary.Of(results).Append(FolderSummary.Total(results)).ToList();
        var text = new StringBuilder();
        var width = Math.Max("folder".Length, rows.Max(r => r.Folder.Length));
        text.Append(CultureInfo.InvariantCulture, $"| {"folder".PadRight(width)} | tests |   run | passed | failed | skipped | pass % of run | skipped because |\n");
        text.Append(CultureInfo.InvariantCulture, $"|{new string('-', width + 2)}|------:|------:|-------:|-------:|--------:|--------------:|-----------------|\n");
        foreach (var row in rows)
        {
            var reasons = string.Join(", ", row.SkippedByReason.Select(r => $"{r.Key} {r.Value}"));
            var folder = row.Folder == "total" ? "**total**" : row.Folder;
            text.Append(CultureInfo.InvariantCulture,
                $"| {folder.PadRight(width)} | {row.Tests,5} | {row.Run,5} | {row.Passed,6} | {row.Failed,6} | {row.Skipped,7} | {row.PassPercent,12:0.0} % | {reasons} |\n");
        }

        return text.ToString();
    }

    public static byte[] Json(IReadOnlyList<ReftestResult> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("suite", "w3c-css-2017");
            json.WriteString("page", $"{ReftestRunner.PageWidthPoints / 0.75:0} x {ReftestRunner.PageHeightPoints / 0.75:0} px, no margin, {ReftestRunner.Dpi:0} dpi");
            json.WriteString("defaultTolerance", FuzzyTolerance.Default.ToString());
            json.WriteStartArray("folders");
            foreach (var row in FolderSummary.Of(results).Append(FolderSummary.Total(results)))
            {
                json.WriteStartObject();
                json.WriteString("folder", row.Folder);
                json.WriteNumber("tests", row.Tests);
                json.WriteNumber("run", row.Run);
                json.WriteNumber("passed", row.Passed);
                json.WriteNumber("failed", row.Failed);
                json.WriteNumber("skipped", row.Skipped);
                json.WriteNumber("passPercentOfRun", Math.Round(row.PassPercent, 1));
                json.WriteStartObject("skippedBecause");
                foreach (var (reason, count) in row.SkippedByReason)
                    json.WriteNumber(reason, count);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("tests");
            foreach (var result in results.OrderBy(r => r.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", result.Path);
                json.WriteString("status", result.Status.ToString().ToLowerInvariant());
                if (result.Detail.Length > 0)
                    json.WriteString("detail", result.Detail);
                if (result.Note.Length > 0)
                    json.WriteString("note", result.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
