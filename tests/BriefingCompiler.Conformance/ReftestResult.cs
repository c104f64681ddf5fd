namespace BriefingCompiler.Conformance;

/// <summary>
/// What became of one test: passed, failed (<see cref="Detail"/> says how: the pixels that differ, a page count,
/// an exception's type, a timeout) or skipped (<see cref="Detail"/> is the reason, e.g. <c>script</c>, by which skips
/// are counted; <see cref="Note"/> what is wrong with a test skipped as invalid, and the upstream evidence).
/// </summary>
public sealed record ReftestResult(string Path, string Folder, ReftestStatus Status, string Detail, string Note = "");
