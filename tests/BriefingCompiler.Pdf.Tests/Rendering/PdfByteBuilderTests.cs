using System.Text;
using BriefingCompiler.Pdf.Rendering.PdfFile;

namespace BriefingCompiler.Pdf.Tests.Rendering;

public class PdfByteBuilderTests
{
    [Test]
    public void Appends_come_out_as_one_byte_per_character_in_order_across_every_growth()
    {
        var builder = new PdfByteBuilder(16);
        var expected = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            // Pieces of every kind and length, so that growth happens inside each kind of append.
            builder.Append("BT /F").Append(i).Append(' ').AppendNumber(i / 7.0).Append(" Tf ").Append('[').Append(new string('x', i % 40)).Append(']');
            expected.Append("BT /F").Append(i).Append(' ').AppendNumber(i / 7.0).Append(" Tf ").Append('[').Append(new string('x', i % 40)).Append(']');
        }

        Assert.That(Encoding.ASCII.GetString(builder.ToArray()), Is.EqualTo(expected.ToString()));
        Assert.That(builder.Length, Is.EqualTo(expected.Length));
    }

    [Test]
    public void Whole_numbers_are_written_in_decimal_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture whose minus sign is not ASCII ("−", U+2212, as Swedish writes it; the tests run without ICU, so it is made by hand).
            var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            culture.NumberFormat.NegativeSign = "\u2212";
            System.Globalization.CultureInfo.CurrentCulture = culture;
            Assert.That((-1).ToString(), Is.EqualTo("\u22121"), "the culture is in force");
            var builder = new PdfByteBuilder(1).Append(-1234567).Append(' ').Append(int.MinValue).Append(' ').Append(0);
            Assert.That(Encoding.ASCII.GetString(builder.Written), Is.EqualTo("-1234567 -2147483648 0"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Test]
    public void An_array_taken_is_the_callers_and_clearing_starts_again_at_the_start()
    {
        var builder = new PdfByteBuilder(8);
        var first = builder.Append("page one").ToArray();
        var second = builder.Clear().Append("two").ToArray();
        Assert.That(Encoding.ASCII.GetString(first), Is.EqualTo("page one"), "not overwritten by the next page");
        Assert.That(Encoding.ASCII.GetString(second), Is.EqualTo("two"));
    }
}
