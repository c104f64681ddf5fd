using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BriefingCompiler.Benchmarks.Corpus;
using BriefingCompiler.Benchmarks.Stages;

// `corpus N DIR` generates the benchmark corpus (used by bench/run.sh); anything else goes to
// BenchmarkDotNet, e.g. `--filter '*'` or `--list flat`.
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusCommand.Run(args[1..], Console.Out, Console.Error);
}

// `pdf-text FILE` prints the text PdfPig extracts (conformance/extraction/measure.py).
if (args.Length > 1 && args[0] == "pdf-text")
{
    return BriefingCompiler.Benchmarks.Extraction.PdfTextCommand.Run(args[1..], Console.Out);
}
// `pdf-writing [--runs N] [--standard S] [--profile SECONDS] FILE_OR_DIR…` times the PDF writer alone (bench/README.md).
if (args.Length > 1 && args[0] == "pdf-writing")
{
    return PdfWritingCommand.Run(args[1..], Console.Out);
}

// `deflate-levels PDF_OR_DIR…`: the PDFs' Flate streams compressed again at each zlib level (bench/README.md).
if (args.Length > 1 && args[0] == "deflate-levels")
{
    return DeflateLevelsCommand.Run(args[1..], Console.Out);
}

// Reports go to bench/results (gitignored), not into whatever folder the host was started from.
var config = DefaultConfig.Instance.WithArtifactsPath(
    Path.Combine(BenchmarkInputs.RepositoryRoot, "bench", "results", "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(CorpusCommand).Assembly).Run(args, config);
return 0;
