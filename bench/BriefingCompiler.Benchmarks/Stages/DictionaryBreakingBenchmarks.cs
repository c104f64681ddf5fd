using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// Thai line breaking (issue 17): one paragraph of a Thai briefing (227 characters, one space) laid out at a
/// narrow width, where every line ends at a dictionary word boundary, against UAX #14 alone on the same text (which
/// finds only the space) and against the layout of a Chinese paragraph of similar length.
/// </summary>
[MemoryDiagnoser]
public class DictionaryBreakingBenchmarks
{
    private const string Thai = "การประชุมคณะกรรมการที่ปรึกษาภาครัฐครั้งนี้จะพิจารณาร่างข้อเสนอเกี่ยวกับการบริหารจัดการชื่อโดเมนระดับบนสุดและความปลอดภัยของระบบอินเทอร์เน็ต โดยผู้แทนจากประเทศสมาชิกจะแสดงความคิดเห็นต่อแผนงบประมาณประจำปี";
    private const string Chinese = "GAC 和一般会员咨询委员会 (At-Large Advisory Committee, ALAC) 定期在 ICANN 公共会议期间召开会议，讨论政府利益相关方和互联网终端用户共同关注的公共政策问题。";

    private static readonly TextStyle Body = new(["sans-serif"], 10.5f);

    private FontCatalog? catalog;
    private TextLayouter? layouter;

    [GlobalSetup]
    public void Setup()
    {
        catalog = new FontCatalog();
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(Thai, Body);
        fonts.Add(Chinese, Body);
        layouter = fonts.Build();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        layouter?.Dispose();
        catalog?.Dispose();
    }

    [Benchmark]
    public int ThaiUax14Only() => LineBreaker.FindBreaks(Thai).Count;

    [Benchmark]
    public int LayOutThaiParagraph() => layouter!.Layout([new TextRun(Thai, Body)], 150f).Count;

    [Benchmark(Baseline = true)]
    public int LayOutChineseParagraph() => layouter!.Layout([new TextRun(Chinese, Body)], 150f).Count;
}
