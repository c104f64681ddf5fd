using System.Text;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Tests.Validation;

/// <summary>The wording of diagnostics: what an author reads must say what to change.</summary>
public class ValidationMessageTests
{
    private const string Valid = """
        briefc: 1
        language: en
        meeting: ICANN81
        session:
          title: GAC meeting with the ALAC
        objective: Meet.
        agenda:
          - Introduction
        document_control:
          title: ICANN81 GAC briefing
          audience: GAC members
          versions:
            - version: 1
              date: 2024-11-04

        """;

    private static LoadResult Load(string yaml) => BriefingLoader.Load("b.yaml", Encoding.UTF8.GetBytes(yaml));

    private static string OnlyMessage(string yaml)
    {
        var result = Load(yaml);
        Assert.That(result.Diagnostics, Has.Count.EqualTo(1), string.Join("\n", result.Diagnostics));
        return result.Diagnostics[0].ToString();
    }

    [Test]
    public void The_base_document_is_valid() => Assert.That(Load(Valid).Diagnostics, Is.Empty);

    [Test]
    public void Empty_agenda() =>
        Assert.That(OnlyMessage(Valid.Replace("agenda:\n  - Introduction", "agenda: []")),
            Is.EqualTo("b.yaml(7,9): error BRF2006: `agenda` must have at least one item"));

    [Test]
    public void Agenda_status_lists_the_allowed_values() =>
        Assert.That(OnlyMessage(Valid.Replace("  - Introduction", "  - title: Introduction\n    status: maybe")),
            Is.EqualTo("b.yaml(9,13): error BRF2004: `agenda[1].status` must be one of: confirmed, tentative (found `maybe`)"));

    [Test]
    public void A_misspelt_allowed_value_gets_a_suggestion() =>
        Assert.That(OnlyMessage(Valid.Replace("  - Introduction", "  - title: Introduction\n    status: Tentativ")),
            Does.EndWith("`agenda[1].status` must be one of: confirmed, tentative (found `Tentativ`); did you mean `tentative`?"));

    [Test]
    public void Unknown_field_suggests_the_close_known_one_and_hides_the_missing_one() =>
        Assert.That(OnlyMessage(Valid.Replace("objective:", "objectve:")),
            Is.EqualTo("b.yaml(6,1): error BRF2002: unknown field `objectve`; did you mean `objective`?"));

    [Test]
    public void Unknown_field_without_close_match_lists_the_known_fields() =>
        Assert.That(OnlyMessage(Valid.Replace("  title: GAC meeting", "  title: GAC meeting\n  room: 5")),
            Does.EndWith("unknown field `room` in `session` (known fields: number, title)"));

    [Test]
    public void A_known_field_in_the_wrong_mapping_says_where_it_belongs() =>
        Assert.That(OnlyMessage(Valid.Replace("  title: GAC meeting", "  title: GAC meeting\n  marking: SECRET")),
            Does.EndWith("unknown field `marking` in `session`; `marking` belongs in `document_control` or `document_control.audiences[n]` (check the indentation)"));

    [Test]
    public void Blank_text_is_reported_as_blank() =>
        Assert.That(OnlyMessage(Valid.Replace("objective: Meet.", "objective: \"  \"")),
            Is.EqualTo("b.yaml(6,12): error BRF2007: `objective` must not be blank (it holds only spaces)"));

    [Test]
    public void Missing_field_names_the_mapping_and_the_field() =>
        Assert.That(OnlyMessage(Valid.Replace("  audience: GAC members\n", "")),
            Is.EqualTo("b.yaml(9,1): error BRF2001: `document_control` is missing required field `audience`"));

    [Test]
    public void A_number_where_text_is_expected_suggests_quotes() =>
        Assert.That(OnlyMessage(Valid.Replace("meeting: ICANN81", "meeting: 81")),
            Does.EndWith("`meeting` must be text or a mapping (fields written `name: value`), not the number 81; write it in quotes (\"81\") to use it as text"));

    [Test]
    public void Versions_compare_as_dotted_numbers()
    {
        var increasing = Valid.Replace("    - version: 1\n      date: 2024-11-04",
            "    - version: 1.9\n      date: 2024-11-04\n    - version: 1.10\n      date: 2024-11-04");
        var decreasing = Valid.Replace("    - version: 1\n      date: 2024-11-04",
            "    - version: 1.10\n      date: 2024-11-04\n    - version: 1.9\n      date: 2024-11-04");

        Assert.Multiple(() =>
        {
            Assert.That(Load(increasing).Diagnostics, Is.Empty);
            Assert.That(Load(decreasing).Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.VersionsNotIncreasing }));
        });
    }

    [Test]
    public void A_language_without_built_in_labels_is_a_warning_and_the_briefing_still_loads()
    {
        var result = Load(Valid.Replace("language: en", "language: de-CH"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => (d.Severity, d.Code)),
                Is.EqualTo(new[] { (Severity.Warning, DiagnosticCodes.LanguageWithoutLabels) }));
            Assert.That(result.Diagnostics[0].ToString(), Does.StartWith("b.yaml(2,11): warning BRF3010: language `de-CH`"));
            Assert.That(result.HasErrors, Is.False);
            Assert.That(result.Briefing!.Language, Is.EqualTo("de-CH"));
        });
    }

    [TestCase("zh-Hans")]
    [TestCase("zh-CN")]
    [TestCase("en-GB")]
    [TestCase("AR")]
    public void Regional_and_script_variants_of_built_in_languages_give_no_warning(string tag) =>
        Assert.That(Load(Valid.Replace("language: en", $"language: {tag}")).Diagnostics, Is.Empty);

    [Test]
    public void A_bad_date_is_reported_once_not_by_schema_and_rule_both()
    {
        var result = Load(Valid.Replace("date: 2024-11-04", "date: 2024-11-4"));

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.BadFormat }));
    }

    [Test]
    public void A_file_with_thousands_of_problems_shows_the_first_thousand_and_says_so()
    {
        var keys = string.Concat(Enumerable.Range(1, 1500).Select(i => $"unknown{i}: x\n"));

        var result = Load(Valid + keys);

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Has.Count.EqualTo(BriefingLoader.MaxDiagnosticsPerFile + 1));
            Assert.That(result.Diagnostics.Take(1000).Select(d => d.Code), Is.All.EqualTo(DiagnosticCodes.UnknownField));
            Assert.That(result.Diagnostics[^1].ToString(), Is.EqualTo(
                "b.yaml(1015,1): error BRF1019: more than 1,000 problems in this file; the 500 from here on are not shown"));
        });
    }

    [Test]
    public void A_duplicate_key_does_not_hide_later_errors()
    {
        var result = Load(Valid.Replace("objective: Meet.", "objective: Meet.\nlanguage: fr\nsymbol: \"\""));

        Assert.That(result.Diagnostics.Select(d => d.Code),
            Is.EqualTo(new[] { DiagnosticCodes.DuplicateKey, DiagnosticCodes.EmptyText }));
    }
}
