namespace BriefingCompiler.Importing;

public sealed record DraftPosition(string Topic, int? Agenda, string Body);
