namespace BriefingCompiler.Importing;

public sealed record DraftAgendaItem(string Title, bool Tentative, string? Note);
