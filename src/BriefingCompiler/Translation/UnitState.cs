namespace BriefingCompiler.Translation;

/// <summary>
/// Where a unit stands, as XLIFF 2.1 names it (1.2: <c>needs-translation</c>, <c>translated</c>, <c>final</c>):
/// to translate; translated (from the existing translation, to review); final (unchanged since the revision the
/// translation was made from).
/// </summary>
public enum UnitState
{
    Initial,
    Translated,
    Final,
}
