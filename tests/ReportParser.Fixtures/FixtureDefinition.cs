using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Fixtures;

/// <summary>
/// One fixture: where it goes under <c>fixtures/</c>, what made it, how to render its bytes, and its truth — written
/// from the spec that produced it (<see cref="ReportOracle"/>), never by running the parser.
/// </summary>
public sealed record FixtureDefinition
{
    public FixtureDefinition(string path, string description, ReportSpec spec, string producer, Func<ReportSpec, byte[]>? render, IReadOnlyList<string> seededRules)
    {
        Path = path;
        Description = description;
        Spec = spec;
        Producer = producer;
        Render = render;
        SeededRules = seededRules;
        _oracleFindings = new Lazy<IReadOnlyList<ExpectedFinding>>(() => ReportOracle.Findings(spec));
    }

    private readonly Lazy<IReadOnlyList<ExpectedFinding>> _oracleFindings;

    /// <summary>Path under <c>fixtures/</c>.</summary>
    public string Path { get; }

    public string Description { get; }

    public ReportSpec Spec { get; }

    /// <summary>What wrote the file: our HTML or DOCX writer, or LibreOffice / Chromium rendering another fixture.</summary>
    public string Producer { get; }

    /// <summary>
    /// Renders the bytes; null for a file an external tool makes (a PDF, or a LibreOffice HTML/DOCX conversion), which
    /// <c>fixtures/make-pdfs.sh</c> renders from <see cref="RenderedFrom"/>.
    /// </summary>
    public Func<ReportSpec, byte[]>? Render { get; }

    /// <summary>The rules this fixture breaks on purpose (a seeded defect); empty for a valid report.</summary>
    public IReadOnlyList<string> SeededRules { get; }

    /// <summary>For a rendered file: the fixture it was rendered from (its truth is that fixture's truth).</summary>
    public string? RenderedFrom { get; init; }

    /// <summary>
    /// Findings the <see cref="ReportOracle"/> does not model (e.g. narrative rules, spec §5.5), declared by hand. The
    /// hook for seeding narrative defects once those rules exist.
    /// </summary>
    public IReadOnlyList<ExpectedFinding> AdditionalFindings { get; init; } = [];

    /// <summary>
    /// Cells the rendering put off the page (a table wider than the page, cut at its edge), cell id → why: the truth lists
    /// them under <c>ambiguous_cells</c> instead of <c>cells</c>, so a reader must not read them with certainty.
    /// </summary>
    public IReadOnlyDictionary<string, string> CellsOffThePage { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ExpectedFinding> ExpectedFindings => _oracleFindings.Value.Concat(AdditionalFindings).ToList();

    public string Format => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant() switch
    {
        "htm" or "html" => "html",
        var other => other,
    };

    public string TruthPath => System.IO.Path.ChangeExtension(Path, null) + ".truth.json";

    /// <summary>The variation switches that are on, by name (for the README table).</summary>
    public IEnumerable<string> Switches()
    {
        var v = Spec.Variations;
        var none = Variations.None;
        if (Spec.Version == Model.TemplateVersion.V2019Trial)
        {
            yield return "2019 template";
        }
        else if (!Spec.OtherHandlingSplit)
        {
            yield return "stale single （六）";
        }

        if (v.HalfWidthBrackets)
        {
            yield return "half-width brackets";
        }

        if (v.ListMarker != none.ListMarker)
        {
            yield return v.ListMarker == ListMarkerStyle.Comma ? "`1、` markers" : "`1. ` markers";
        }

        if (v.StraySpaces)
        {
            yield return "stray spaces";
        }

        if (v.LabelLineBreaks)
        {
            yield return "line breaks in labels";
        }

        if (v.Typos)
        {
            yield return "typo `其他法律行政止公开`";
        }

        if (v.StaleNormativeDocLabel)
        {
            yield return "stale `规范性文件` label";
        }

        if (v.Merges == MergeStyle.Drifted)
        {
            yield return "drifted merges";
        }

        if (v.VerticalGroupLabels)
        {
            yield return "vertical group label";
        }

        if (v.OrgSubtotalColumn)
        {
            yield return "法人或其他组织 小计 column";
        }

        if (v.ExtraDepartmentTable)
        {
            yield return "extra per-department table";
        }

        if (v.SplitApplicationsAfterRow is not null)
        {
            yield return "表三 split by a page break";
        }

        if (v.DisclosureSpansDisagree)
        {
            yield return "表二 header spans disagree with the data rows";
        }

        if (v.Borderless)
        {
            yield return "borderless";
        }

        if (v.NarrowColumns)
        {
            yield return "narrow columns (wrapped labels)";
        }

        if (v.VeryNarrowColumns)
        {
            yield return "very narrow label columns (labels over 3–5 lines, group labels broken per character)";
        }

        if (v.ParagraphsBeforeApplications > 0)
        {
            yield return v.ParagraphsBeforeApplications.ToString(System.Globalization.CultureInfo.InvariantCulture) + " paragraphs before 三 (a page break inside 表三)";
        }

        if (v.LargePrint)
        {
            yield return "large print";
        }

        if (v.TablesAsImages.Count > 0)
        {
            yield return "table as image";
        }

        if (v.Zeros != ZeroStyle.Zero)
        {
            yield return v.Zeros switch
            {
                ZeroStyle.Blank => "blank zeros",
                ZeroStyle.Dash => "`—` zeros",
                _ => "`/` zeros",
            };
        }

        if (v.FullWidthDigits)
        {
            yield return "full-width digits";
        }

        if (v.ThousandsSeparators)
        {
            yield return "thousands separators";
        }

        if (v.UnitsInCells)
        {
            yield return "units in cells";
        }

        if (v.PageChrome)
        {
            yield return "page chrome";
        }

        if (v.Encoding == PageEncoding.Gbk)
        {
            yield return "GBK";
        }

        if (v.NarrativeNumbers)
        {
            yield return "numbers in the text";
        }
    }
}
