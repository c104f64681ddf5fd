using BriefingCompiler.Building;

namespace BriefingCompiler.Tests.Building;

public class BuildFingerprintTests
{
    private static BuildRequest Request(string toolIdentity) =>
        new([], "/out", "out", OutputFormats.Html | OutputFormats.Pdf, null, [], null, null, toolIdentity);

    [Test]
    public void Two_briefcs_of_one_version_built_from_different_sources_give_different_fingerprints()
    {
        var old = BuildFingerprint.Shared(Request("0.1.0 sources aaaa"));
        var fixedOne = BuildFingerprint.Shared(Request("0.1.0 sources bbbb"));

        Assert.That(fixedOne, Is.Not.EqualTo(old));
        Assert.That(BuildFingerprint.Shared(Request("0.1.0 sources aaaa")), Is.EqualTo(old), "one briefc, one fingerprint");
    }
}
