using System.Text;
using BriefingCompiler.Diagnostics;
using static BriefingCompiler.Tests.Hostile.HostileSource;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// Hostile and broken sources that the golden cases (Golden/Invalid) do not already cover: each gives a
/// positioned diagnostic or a valid briefing whose text is kept verbatim — never an exception or a hang.
/// </summary>
public class HostileSourceTests
{
    // Bytes placed as the objective's value: line 14, column 12 (after `objective: `).
    [TestCase(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "1:1 BRF1003", TestName = "UTF-32 big-endian byte order mark")]
    [TestCase(new byte[] { 0xC0, 0xAF }, "14:12 BRF1004", TestName = "Overlong UTF-8 encoding of a slash")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, "14:12 BRF1004", TestName = "UTF-8 encoded surrogate (CESU-8)")]
    [TestCase(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, "14:12 BRF1004", TestName = "Code point above U+10FFFF")]
    [TestCase(new byte[] { 0x80 }, "14:12 BRF1004", TestName = "Lone continuation byte")]
    [TestCase(new byte[] { 0xFE, 0xFF }, "14:12 BRF1004", TestName = "Bytes FE FF inside the text")]
    [TestCase(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 }, "14:12 BRF1004", TestName = "Five-byte sequence")]
    [TestCase(new byte[] { 0x22, 0x61, 0x00, 0x62, 0x22 }, "14:14 BRF1005", TestName = "NUL inside a quoted value")]
    [TestCase(new byte[] { 0x1B, 0x5B, 0x33, 0x31, 0x6D }, "14:12 BRF1006", TestName = "Raw ANSI escape (ESC)")]
    [TestCase(new byte[] { 0xC2, 0x80 }, "14:12 BRF1006", TestName = "C1 control U+0080")]
    [TestCase(new byte[] { 0xEF, 0xBF, 0xBE }, "14:12 BRF1006", TestName = "Non-character U+FFFE")]
    public void Bad_bytes_in_a_value_are_refused_where_they_are(byte[] value, string expected)
    {
        var head = Utf8(ValidHead + "objective: ");
        var bytes = expected == "1:1 BRF1003" ? [.. value, .. Utf8(Valid())] : (byte[])[.. head, .. value, .. "\n"u8];

        var result = Load(bytes);

        Assert.That(Placed(result).First(), Is.EqualTo(expected), Listing(result));
        Assert.That(result.Briefing, Is.Null);
    }

    [Test]
    public void UTF_16_big_endian_without_a_byte_order_mark_is_refused()
    {
        var result = Load(Encoding.BigEndianUnicode.GetBytes(Valid()));

        Assert.That(Placed(result), Is.EqualTo(new[] { "1:1 BRF1003" }));
    }

    [Test]
    public void A_byte_order_mark_before_a_valid_briefing_is_fine()
    {
        var result = Load([.. Encoding.UTF8.Preamble, .. Utf8(Valid())]);

        Assert.That(result.Diagnostics, Is.Empty, Listing(result));
        Assert.That(result.Briefing!.Objective.Source, Is.EqualTo("plain"));
    }

    [Test]
    public void A_second_byte_order_mark_is_not_swallowed_silently()
    {
        var result = Load([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.Preamble, .. Utf8(Valid())]);

        Assert.That(result.HasErrors, Is.True, "U+FEFF inside the text is not a byte order mark");
        Assert.That(result.Diagnostics.Select(d => d.Span.Line), Is.All.GreaterThanOrEqualTo(1));
    }

    // YAML escapes make characters that the raw-byte checks never see: they are refused at the value.
    [TestCase("\"red \\e[31m alert\"", "\\e", TestName = "Escaped ESC in a double-quoted value")]
    [TestCase("\"nul \\0 here\"", "\\0", TestName = "Escaped NUL in a double-quoted value")]
    [TestCase("\"bell \\x07\"", "\\x07", TestName = "Escaped BEL in a double-quoted value")]
    [TestCase("\"c1 \\x85 \\u0080\"", "\\u0080", TestName = "Escaped C1 control in a double-quoted value")]
    [TestCase("\"non-character \\uFFFF\"", "\\uFFFF", TestName = "Escaped non-character in a double-quoted value")]
    public void Control_characters_written_as_escapes_are_refused_at_the_value(string objective, string escape)
    {
        var result = Load(Valid(objective));

        Assert.That(Placed(result), Is.EqualTo(new[] { "14:12 BRF1006" }), Listing(result));
        Assert.That(result.Briefing, Is.Null);
    }

    [Test]
    public void Allowed_escapes_tab_and_line_breaks_stay_text()
    {
        var result = Load(Valid("\"tab\\there\\nnext line\\r\\n\\u2028 NEL \\x85 end\""));

        Assert.That(result.Diagnostics, Is.Empty, Listing(result));
        Assert.That(result.Briefing!.Objective.Source, Is.EqualTo("tab\there\nnext line\r\n\u2028 NEL \u0085 end"));
    }

    [Test]
    public void An_escaped_lone_surrogate_is_a_diagnostic_not_a_crash()
    {
        var result = Load(Valid("\"half \\uD800 a pair\""));

        Assert.That(result.HasErrors, Is.True, Listing(result));
        Assert.That(Placed(result).First(), Does.StartWith("14:"));
    }

    [Test]
    public void A_file_of_exactly_5_MiB_is_accepted()
    {
        var text = new StringBuilder(Valid());
        var comment = "# " + new string('x', 1021) + "\n";
        while (text.Length <= 5 * 1024 * 1024 - comment.Length)
        {
            text.Append(comment);
        }

        text.Append('#', 5 * 1024 * 1024 - text.Length);
        var bytes = Utf8(text.ToString());
        Assert.That(bytes, Has.Length.EqualTo(5 * 1024 * 1024));

        var result = Load(bytes);

        Assert.That(result.Diagnostics, Is.Empty, Listing(result));
    }

    [Test]
    public void A_value_of_exactly_1_MiB_is_accepted_and_kept_whole()
    {
        // 3-byte characters: the limit is in UTF-8 bytes, not characters.
        var value = new string('议', 1024 * 1024 / 3) + "x";
        Assert.That(Encoding.UTF8.GetByteCount(value), Is.EqualTo(1024 * 1024));

        var result = Load(Valid(value));

        Assert.That(result.Diagnostics, Is.Empty, Listing(result));
        Assert.That(result.Briefing!.Objective.Source, Is.EqualTo(value));
    }

    [Test]
    public void A_value_one_byte_over_1_MiB_in_a_key_is_refused_at_the_key()
    {
        // An explicit key (`? …`): a plain implicit key may not be longer than 1,024 characters anyway.
        var result = Load(Valid() + "? " + new string('k', 1024 * 1024 + 1) + "\n: value\n");

        Assert.That(Placed(result), Does.Contain("15:3 BRF1013"), Listing(result));
    }

    [Test]
    public void Exactly_64_levels_are_within_the_nesting_limit()
    {
        // The root is level 1; `sections: ` adds 63 brackets: levels 2–64.
        var result = Load(Valid() + "sections: " + new string('[', 63) + new string(']', 63) + "\n");

        Assert.That(result.Diagnostics.Select(d => d.Code), Has.None.EqualTo("BRF1014"), Listing(result));
        Assert.That(result.HasErrors, Is.True, "sections holds lists, not {title, body}: a schema error");
    }

    [Test]
    public void Ten_thousand_block_sequence_levels_on_one_line_stop_at_level_65()
    {
        // `- - - … x`: each `- ` opens a level; the 64th dash (column 3 + 63 × 2 = 129) opens level 65.
        var result = Load(Valid() + "sections:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");

        Assert.That(Placed(result), Is.EqualTo(new[] { "16:129 BRF1014" }), Listing(result));
    }

    [Test]
    public void Ten_thousand_unclosed_flow_levels_stop_at_level_65()
    {
        var result = Load(Valid() + "sections: " + string.Concat(Enumerable.Repeat("[{a: ", 5_000)) + "\n");

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "BRF1014" }), Listing(result));
    }

    [Test]
    public void An_alias_that_would_nest_past_64_levels_is_refused_at_the_alias()
    {
        // The anchored list is 60 levels high; used at level 6 it would reach level 65.
        var deep = new string('[', 60) + new string(']', 60);
        var result = Load(Valid() + "sections:\n  - &deep " + deep + "\n  - [[[[*deep]]]]\n");

        Assert.That(Placed(result), Is.EqualTo(new[] { "17:9 BRF1014" }), Listing(result));
    }

    [Test]
    public void A_wide_alias_bomb_is_refused_without_being_expanded()
    {
        // One list of 1,000 items (1,001 nodes) used 100 times: the 100th use (column 6 + 99 × 4) crosses 100,000.
        var list = "[" + string.Join(",", Enumerable.Repeat("x", 1000)) + "]";
        var uses = string.Join(", ", Enumerable.Repeat("*w", 120));
        var result = Load(Valid() + "sections:\n  - &w " + list + "\n  - [" + uses + "]\n");

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "BRF1015" }), Listing(result));
        Assert.That(result.Diagnostics[0].Span.Line, Is.EqualTo(17));
        Assert.That(result.Diagnostics[0].Span.Column, Is.EqualTo(6 + 99 * 4));
    }

    [Test]
    public void A_billion_laughs_of_mappings_used_as_keys_and_values_is_refused()
    {
        var text = new StringBuilder(Valid() + "labels:\n  a: &a {x: lol, y: lol, z: lol}\n");
        for (var level = 'b'; level <= 'k'; level++)
        {
            var previous = (char)(level - 1);
            text.Append($"  {level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
        }

        text.Append("  ? *k\n  : *k\n");
        var result = Load(text.ToString());

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "BRF1015" }), Listing(result));
    }

    [Test]
    public void Aliases_below_the_limit_are_fine_and_an_alias_used_as_a_key_is_a_complex_key()
    {
        var result = Load(Valid() + "sections:\n  - &s {title: Shared, body: text}\n  - *s\n  - *s\nlabels:\n  *s : x\n");

        Assert.That(Placed(result), Is.EqualTo(new[] { "20:3 BRF1017" }), Listing(result));
    }

    [Test]
    public void A_merge_key_is_an_unknown_field_not_a_merge()
    {
        var result = Load(Valid() + "meeting_defaults: &m {name: ICANN81}\n<<: *m\n");

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.All.EqualTo("BRF2002"), Listing(result));
        Assert.That(result.Diagnostics.Select(d => d.Span.Line), Is.EqualTo(new[] { 15, 16 }));
    }

    [Test]
    public void Fifty_thousand_unknown_fields_stop_after_a_thousand_diagnostics_with_a_count_of_the_rest()
    {
        var text = new StringBuilder(Valid());
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("unknown").Append(i).Append(": x\n");
        }

        var result = Load(text.ToString());

        Assert.That(result.Diagnostics, Has.Count.EqualTo(BriefingLoader.MaxDiagnosticsPerFile + 1));
        Assert.That(result.Diagnostics.Take(1000).Select(d => d.Code), Is.All.EqualTo("BRF2002"));
        Assert.That(result.Diagnostics[999].Span.Line, Is.EqualTo(15 + 999));
        Assert.That(result.Diagnostics[^1].Code, Is.EqualTo(DiagnosticCodes.TooManyProblems));
        Assert.That(result.Diagnostics[^1].Message, Does.Contain("49,000"));
    }

    [Test]
    public void Half_a_million_agenda_items_on_one_line_load_with_their_places()
    {
        // A single 1.5 MB line: columns must not be counted from the line start for every node.
        var agenda = "[" + string.Join(", ", Enumerable.Repeat("a", 500_000)) + "]";
        var result = Load(Valid().Replace("agenda:\n  - Introduction\n", "agenda: " + agenda + "\n"));

        Assert.That(result.Diagnostics, Is.Empty, Listing(result));
        Assert.That(result.Briefing!.Agenda, Has.Count.EqualTo(500_000));
        Assert.That(result.Briefing.Agenda[^1].Span.Column, Is.EqualTo(10 + 499_999 * 3));
    }

    [Test]
    public void A_mapping_of_unknown_fields_on_one_long_line_is_reported_field_by_field()
    {
        var fields = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"k{i}: v"));
        var result = Load(Valid() + "labels: {" + fields + "}\n");

        var shown = result.Diagnostics.Take(BriefingLoader.MaxDiagnosticsPerFile).ToList();
        Assert.That(shown.Select(d => d.Code), Is.All.EqualTo("BRF2002"));
        Assert.That(shown.Select(d => d.Span.Line), Is.All.EqualTo(15));
        Assert.That(shown.Select(d => d.Span.Column), Is.Ordered.Ascending);
        // `k999` after `labels: {` (10 columns) and 999 fields with their `, `: 10 × 7 + 90 × 8 + 899 × 9.
        Assert.That(shown[^1].Span.Column, Is.EqualTo(10 + 10 * 7 + 90 * 8 + 899 * 9));
        Assert.That(result.Diagnostics[^1].Code, Is.EqualTo(DiagnosticCodes.TooManyProblems));
    }

    private const string Script = "<script>alert(1)</script>";

    // Text that must survive loading unchanged (the HTML tests check it comes out escaped).
    [TestCase(Script + "<img src=x onerror=alert(2)>", TestName = "Script tag and event attribute")]
    [TestCase("[x](javascript:alert(1)) ![y](data:text/html;base64,PHNjcmlwdD4=) <iframe src=//evil>", TestName = "Dangerous links and an iframe")]
    [TestCase("{{ briefing.title }} {% if x %}y{% endif %} {{~ 'a' | string.upcase ~}}", TestName = "Template syntax")]
    [TestCase("abc\u202Eevil\u202C \u2066iso\u2069 \u200F", TestName = "Bidi override and isolate characters")]
    [TestCase("👨\u200D👩\u200D👧 zero\u200Bwidth \u200C\u200D \uFE0F 🏳️‍🌈", TestName = "Zero-width joiners and emoji")]
    public void Hostile_text_loads_verbatim(string text)
    {
        var quoted = "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var result = Load(Valid(quoted).Replace("title: GAC meeting with the ALAC", "title: " + quoted));

        // Verbatim, with a warning (BRF1020) at each value that holds a bidirectional override.
        var overrides = text.Contains('\u202E') || text.Contains('\u202D') ? 2 : 0;
        Assert.That(result.Diagnostics.Select(d => (d.Severity, d.Code)),
            Is.EqualTo(Enumerable.Repeat((Severity.Warning, DiagnosticCodes.BidiOverride), overrides)), Listing(result));
        Assert.That(result.Briefing!.Objective.Source, Is.EqualTo(text));
        Assert.That(result.Briefing.Session.Title, Is.EqualTo(text));
    }
}
