using BriefingCompiler.Loading;

namespace BriefingCompiler.Tests.Loading;

public class SourceTextTests
{
    [TestCase("ab\ncd", 3, 2, 1)]
    [TestCase("ab\r\ncd", 4, 2, 1)]
    [TestCase("ab\rcd", 4, 2, 2)]
    [TestCase("𝒳x", 2, 1, 2)]
    [TestCase("𝒳x", 3, 1, 3)]
    [TestCase("", 0, 1, 1)]
    public void Offsets_become_lines_and_code_point_columns(string text, int index, int line, int column)
    {
        Assert.That(new SourceText("f", text).PositionOf(index), Is.EqualTo((line, column)));
    }
}
