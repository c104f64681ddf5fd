using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A tagged PDF's structure tree as PdfPig reads it from the file: each element's type, its dictionary, and its kids —
/// child elements, marked-content references (page number and MCID) and object references (annotations) — in order.
/// Written against the PDF's objects, not against the writer's code, so it reads what any reader would.
/// </summary>
internal sealed class StructureTreeReader
{
    private readonly PdfDocument pdf;
    private readonly Dictionary<long, int> pageNumbers = [];

    private StructureTreeReader(PdfDocument pdf)
    {
        this.pdf = pdf;
        var pages = Resolve<DictionaryToken>(pdf.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        var kids = Resolve<ArrayToken>(pages.Data["Kids"]);
        for (var i = 0; i < kids.Length; i++)
        {
            pageNumbers[((IndirectReferenceToken)kids[i]).Data.ObjectNumber] = i + 1;
        }
    }

    public static StructureElement? Read(PdfDocument pdf)
    {
        var reader = new StructureTreeReader(pdf);
        if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken))
        {
            return null;
        }

        var root = reader.Resolve<DictionaryToken>(rootToken);
        var top = reader.Resolve<IToken>(root.Data["K"]);
        return reader.Element(top is ArrayToken array ? array[0] : root.Data["K"], null, 0);
    }

    /// <summary>The object a token stands for (following references).</summary>
    public T Resolve<T>(IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? Resolve<T>(pdf.Structure.GetObject(reference.Data).Data) : (T)token;

    private StructureElement Element(IToken token, int? inheritedPage, int depth)
    {
        if (depth > 100) throw new InvalidOperationException("The structure tree nests deeper than any document does: a cycle?");
        var dictionary = Resolve<DictionaryToken>(token);
        var type = ((NameToken)dictionary.Data["S"]).Data;
        int? page = dictionary.TryGet(NameToken.Create("Pg"), out var pg) ? pageNumbers[((IndirectReferenceToken)pg).Data.ObjectNumber] : inheritedPage;
        var element = new StructureElement(type, dictionary, token is IndirectReferenceToken r ? r.Data : null);
        if (!dictionary.TryGet(NameToken.Create("K"), out var kidsToken))
        {
            return element;
        }

        var kids = Resolve<IToken>(kidsToken) is ArrayToken array ? array.Data : [kidsToken];
        foreach (var kid in kids)
        {
            switch (kid)
            {
                case NumericToken mcid:
                    element.Kids.Add(new MarkedContentKid(page ?? 0, mcid.Int));
                    break;
                default:
                    var kidDictionary = Resolve<DictionaryToken>(kid);
                    var kidType = kidDictionary.TryGet(NameToken.Type, out var t) ? ((NameToken)t).Data : null;
                    if (kidType == "MCR")
                    {
                        var mcrPage = kidDictionary.TryGet(NameToken.Create("Pg"), out var p) ? pageNumbers[((IndirectReferenceToken)p).Data.ObjectNumber] : page ?? 0;
                        element.Kids.Add(new MarkedContentKid(mcrPage, ((NumericToken)kidDictionary.Data["MCID"]).Int));
                    }
                    else if (kidType == "OBJR")
                    {
                        element.Kids.Add(new ObjectKid(((IndirectReferenceToken)kidDictionary.Data["Obj"]).Data));
                    }
                    else
                    {
                        element.Kids.Add(Element(kid, page, depth + 1));
                    }

                    break;
            }
        }

        return element;
    }
}

internal interface IStructureKid;

internal sealed record MarkedContentKid(int Page, int Mcid) : IStructureKid;

internal sealed record ObjectKid(IndirectReference Object) : IStructureKid;

internal sealed class StructureElement(string type, DictionaryToken dictionary, IndirectReference? reference) : IStructureKid
{
    public string Type { get; } = type;

    public DictionaryToken Dictionary { get; } = dictionary;

    public IndirectReference? Reference { get; } = reference;

    public List<IStructureKid> Kids { get; } = [];

    public IEnumerable<StructureElement> Children => Kids.OfType<StructureElement>();

    /// <summary>This element and all below it, in document order.</summary>
    public IEnumerable<StructureElement> All() => new[] { this }.Concat(Children.SelectMany(c => c.All()));

    /// <summary>Every marked-content reference of this element and the elements below it, in order.</summary>
    public IEnumerable<MarkedContentKid> MarkedContent() =>
        Kids.SelectMany(k => k switch
        {
            MarkedContentKid mcid => [mcid],
            StructureElement child => child.MarkedContent(),
            _ => [],
        });

    public string? Text(string key) =>
        Dictionary.TryGet(NameToken.Create(key), out var token) ? token switch
        {
            StringToken s => s.Data,
            HexToken h => h.Data,
            NameToken n => n.Data,
            _ => token.ToString(),
        } : null;

    public override string ToString() => Type;
}
