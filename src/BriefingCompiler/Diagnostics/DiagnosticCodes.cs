namespace BriefingCompiler.Diagnostics;

/// <summary>
/// Every diagnostic code briefc emits. Codes are stable: a code keeps its meaning forever, and each one is
/// explained in docs/diagnostics.md. BRF1xxx: reading the file (encoding, YAML, limits); BRF2xxx: the schema;
/// BRF3xxx: rules the schema cannot express; BRF4xxx: templates; BRF5xxx: the output folder.
/// </summary>
public static class DiagnosticCodes
{
    // Reading: files, encoding, YAML syntax and limits.
    public const string FileUnreadable = "BRF1001";
    public const string FileTooLarge = "BRF1002";
    public const string NotUtf8 = "BRF1003";
    public const string InvalidUtf8 = "BRF1004";
    public const string NulByte = "BRF1005";
    public const string ControlCharacter = "BRF1006";
    public const string EmptyFile = "BRF1007";
    public const string YamlSyntax = "BRF1008";
    public const string TabIndentation = "BRF1009";
    public const string MultipleDocuments = "BRF1010";
    public const string RootNotMapping = "BRF1011";
    public const string DuplicateKey = "BRF1012";
    public const string ScalarTooLarge = "BRF1013";
    public const string NestingTooDeep = "BRF1014";
    public const string AliasExpansionTooLarge = "BRF1015";
    public const string UndefinedAlias = "BRF1016";
    public const string ComplexKey = "BRF1017";
    public const string UnsupportedTag = "BRF1018";
    public const string TooManyProblems = "BRF1019";
    public const string BidiOverride = "BRF1020";

    // Schema.
    public const string MissingField = "BRF2001";
    public const string UnknownField = "BRF2002";
    public const string WrongType = "BRF2003";
    public const string NotAllowedValue = "BRF2004";
    public const string UnsupportedFormatVersion = "BRF2005";
    public const string TooFewItems = "BRF2006";
    public const string EmptyText = "BRF2007";
    public const string NumberTooSmall = "BRF2008";
    public const string BadFormat = "BRF2009";
    public const string SchemaViolation = "BRF2099";

    // Semantic rules.
    public const string AgendaReferenceMissing = "BRF3001";
    public const string VersionNotDotted = "BRF3002";
    public const string VersionsNotIncreasing = "BRF3003";
    public const string VersionDatesDecreasing = "BRF3004";
    public const string InvalidLanguageTag = "BRF3005";
    public const string InvalidUrl = "BRF3006";
    public const string InvalidDate = "BRF3007";
    public const string LabelPlaceholderMissing = "BRF3008";
    public const string MeetingEndsBeforeStart = "BRF3009";
    public const string LanguageWithoutLabels = "BRF3010";
    public const string PlaceholderText = "BRF3011";

    // Audience editions (document_control.audiences, `audience:` and `::: NAME` blocks).
    public const string AudienceDeclaredTwice = "BRF3301";
    public const string AudienceUnknown = "BRF3302";
    public const string AudienceBlockMalformed = "BRF3303";
    public const string AudienceReferenceRestricted = "BRF3304";
    public const string EditionEmpty = "BRF3305";

    // Figures: images in the briefing's Markdown, read from its folder.
    public const string FigureWithoutAlt = "BRF3401";
    public const string FigureOutsideFolder = "BRF3402";
    public const string FigureUnreadable = "BRF3403";
    public const string FigureNotAFile = "BRF3404";

    // Rules across the briefings of one run: language versions sharing a `symbol` (warnings).
    public const string TranslationAgendaDiffers = "BRF3101";
    public const string TranslationPositionsDiffer = "BRF3102";
    public const string TranslationVersionsDiffer = "BRF3103";
    public const string TranslationParagraphsDiffer = "BRF3104";

    // The project file, briefc.yaml.
    public const string ProjectPathMissing = "BRF3201";
    public const string OutputNameClash = "BRF3202";
    public const string EmblemUnusable = "BRF3203";

    // Diff: `briefc check --against REV`.
    public const string VersionNotAdded = "BRF3901";

    // Templates (the place is in the template file, not in the briefing).
    public const string TemplateSyntax = "BRF4001";
    public const string TemplateRender = "BRF4002";
    public const string TemplateIncludeRefused = "BRF4003";
    public const string TemplateUnreadable = "BRF4004";
    public const string TemplateBudgetExceeded = "BRF4005";

    // The output folder of `briefc build` (BRF5xxx): the build manifest and the files recorded in it.
    public const string ManifestIgnored = "BRF5001";
    public const string ManifestEntryIgnored = "BRF5002";
    public const string OutputNotRemoved = "BRF5003";

    // Translation exchange: `briefc xliff merge` (the place is in the XLIFF file, BRF6xxx).
    public const string XliffUnreadable = "BRF6001";
    public const string XliffLanguageMismatch = "BRF6002";
    public const string XliffUnitMissing = "BRF6003";
    public const string XliffUnitUnknown = "BRF6004";
    public const string XliffCodesBroken = "BRF6005";
    public const string XliffTargetMissing = "BRF6006";
    public const string XliffMergeInvalid = "BRF6007";
    public const string XliffSourceMissing = "BRF6008";
    public const string TranslationStale = "BRF6101";
}
