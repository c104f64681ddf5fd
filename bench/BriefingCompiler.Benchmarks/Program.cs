using BenchmarkDotNet.Running;
using BriefingCompiler.Benchmarks.Corpus;

// `corpus N DIR` generates the benchmark corpus (used by bench/run.sh); anything else goes to
// BenchmarkDotNet, e.g. `--filter '*'` or `--list flat`.
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusCommand.Run(args[1..], Console.Out, Console.Error);
}
BenchmarkSwitcher.FromAssembly(typeof(CorpusCommand).Assembly).Run(args);
return 0;
