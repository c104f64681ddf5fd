using BriefingCompiler.Templating;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Projects;

/// <summary>
/// The files <c>briefc init</c> writes: briefc.yaml, an example briefing, a copy of the built-in template to
/// adapt, and the two schemas so that editors complete and check the YAML. Paths are relative to the new project.
/// </summary>
public static class ProjectScaffold
{
    public const string ExampleBriefing = "briefings/example.en.yaml";
    public const string Template = "templates/briefing.html.sbn";

    public static IReadOnlyList<(string Path, string Text)> Files() =>
    [
        (ProjectConfiguration.FileName, ProjectFileText),
        (ExampleBriefing, ExampleBriefingText),
        (Template, BuiltInTemplateText()),
        ("schema/briefing.schema.json", BriefingSchema.Text),
        ("schema/briefc-project.schema.json", ProjectSchema.Text),
    ];

    /// <summary>
    /// Files for git and the editor, written only where none exists (a repository already has a .gitignore): git ignores
    /// the outputs, and VS Code's YAML extension checks and completes every briefing below briefings/ against the
    /// schema, however deep (the <c>$schema</c> comment in a file is relative to it, so a copy moved one folder down
    /// loses it; these settings do not).
    /// </summary>
    public static IReadOnlyList<(string Path, string Text, string IfPresent)> EditorFiles() =>
    [
        (".gitignore", "# briefc's outputs: rebuilt from the briefings by `briefc build`\nout/\n",
            "add the line `out/` to it so git ignores the outputs"),
        (".vscode/settings.json", VsCodeSettingsText,
            "add \"yaml.schemas\" as docs/ci.md shows, so briefings in sub-folders get completion"),
    ];

    private const string VsCodeSettingsText =
        """
        {
          "yaml.schemas": {
            "./schema/briefing.schema.json": ["briefings/**/*.yaml", "briefings/**/*.yml"],
            "./schema/briefc-project.schema.json": ["briefc.yaml"]
          }
        }

        """;

    private const string ProjectFileText =
        """
        # yaml-language-server: $schema=schema/briefc-project.schema.json
        # The briefc project: `briefc build` in this folder (or any folder below it) builds every briefing.
        # Paths are relative to this file. Options on the command line override these settings.
        briefc: 1
        sources:
          - briefings/**/*.yaml
        output: out
        formats: [html, pdf]
        # A copy of the built-in template, to adapt; delete this line to use the built-in one.
        template: templates/briefing.html.sbn
        # The organisation's emblem (PNG, JPEG, GIF, WebP or SVG in this folder) and name, at the head of every briefing:
        # emblem:
        #   image: assets/emblem.svg
        #   organisation:
        #     en: Governmental Advisory Committee
        #     '*': GAC
        #   every_page: true      # the name in every page's running header too
        # Folders of extra TrueType fonts, usable by family name in the template's CSS:
        # fonts:
        #   - fonts
        # What one render of the template may spend before it is stopped (BRF4005); the defaults are far above
        # what real templates need (templates/README.md, "Budget"):
        # template_budget:
        #   steps: 1000000        # plus 20 per byte of each briefing
        #   characters: 50000000  # plus 100 per byte of each briefing
        #   seconds: 300

        """;

    private const string ExampleBriefingText =
        """
        # yaml-language-server: $schema=../schema/briefing.schema.json
        # An example briefing: edit it, or start a new one with `briefc new NAME --language LANG`.
        # Each language version is its own file, NAME.LANG.yaml, sharing the same `symbol`.
        briefc: 1
        language: en
        symbol: EXAMPLE/1
        meeting:
          name: Example Meeting
          place: Geneva
          start: 2025-01-13
          end: 2025-01-16
        session:
          number: 1
          title: Opening plenary
        objective: |
          Agree on the work plan for the year and hear the reports of the working groups.
        background: |
          The committee meets **twice a year**. This briefing prepares members for the first meeting of 2025.
        agenda:
          - Welcome and adoption of the agenda
          - title: Reports of the working groups
            note: Each group has ten minutes.
          - title: Work plan for 2025
            status: tentative
          - Closing remarks
        positions:
          - topic: Work plan for 2025
            agenda: 3
            body: |
              Members are invited to support the draft work plan, with two changes:

              - an earlier date for the review of the working methods;
              - a report on outreach at the second meeting.
        document_control:
          title: Example Meeting briefing – Opening plenary
          audience: Committee members
          versions:
            - version: 1
              date: 2025-01-06

        """;

    private static string BuiltInTemplateText()
    {
        using var stream = typeof(BriefingTemplate).Assembly.GetManifestResourceStream(BriefingTemplate.BuiltInResource)
            ?? throw new InvalidOperationException($"resource {BriefingTemplate.BuiltInResource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
