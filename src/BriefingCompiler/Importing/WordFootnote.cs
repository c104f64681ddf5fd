namespace BriefingCompiler.Importing;

/// <summary>A Word footnote as a Markdown note: its label (from briefc's <c>_fn_</c> bookmark, else a number) and its blocks.</summary>
public sealed record WordFootnote(string Label, IReadOnlyList<WordBlock> Blocks);
