using System;
using System.Collections.Generic;

namespace ReportParser.Fixtures;

/// <summary>
/// One generated fixture: where it goes under <c>fixtures/</c>, how to render its bytes, and its truth — written from
/// the spec that produced it, never by running the parser.
/// </summary>
public sealed record FixtureDefinition(
    string Path,
    string Description,
    ReportSpec Spec,
    Func<ReportSpec, byte[]> Render,
    IReadOnlyList<string> ExpectedFindings)
{
    public string Format => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant() switch
    {
        "htm" or "html" => "html",
        var other => other,
    };

    public string TruthPath => System.IO.Path.ChangeExtension(Path, null) + ".truth.json";
}
