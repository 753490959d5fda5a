using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ReportParser.Model;

/// <summary>
/// The typed content of one 政府信息公开工作年度报告: metadata, sections and the three standard tables.
/// Parts the report lacks (or that could not be recognised) are null; the diagnostics say which.
/// </summary>
public sealed class AnnualReport
{
    internal AnnualReport(
        string source,
        SourceFormat format,
        ReportStatus status,
        string? title,
        string? agency,
        int? year,
        TemplateVersion template,
        ImmutableArray<ReportSection> sections,
        ActiveDisclosureTable? activeDisclosure,
        ApplicationTable? applications,
        ReviewLitigationTable? reviewLitigation,
        int extraTableCount,
        string preamble = "")
    {
        Source = source;
        Format = format;
        Status = status;
        Title = title;
        Agency = agency;
        Year = year;
        Template = template;
        Sections = sections;
        ActiveDisclosure = activeDisclosure;
        Applications = applications;
        ReviewLitigation = reviewLitigation;
        ExtraTableCount = extraTableCount;
        Preamble = preamble;
    }

    /// <summary>The source name (usually the file path).</summary>
    public string Source { get; }

    /// <summary>The format the report was read from.</summary>
    public SourceFormat Format { get; }

    /// <summary>Whether the report was checked, could not be read, or is not a report.</summary>
    public ReportStatus Status { get; }

    /// <summary>The report title as printed (e.g. <c>淮安市人民政府2024年政府信息公开工作年度报告</c>), if found.</summary>
    public string? Title { get; }

    /// <summary>The reporting agency (机关名称) taken from the title, if found.</summary>
    public string? Agency { get; }

    /// <summary>The report year (the statistics year, not the publication year), if found.</summary>
    public int? Year { get; }

    /// <summary>The template the report follows, from 表二's columns first, then 表三's layout, then the year.</summary>
    public TemplateVersion Template { get; }

    /// <summary>The top-level sections found, in document order.</summary>
    public ImmutableArray<ReportSection> Sections { get; }

    /// <summary>表二 主动公开政府信息情况, or null when not found.</summary>
    public ActiveDisclosureTable? ActiveDisclosure { get; }

    /// <summary>表三 收到和处理政府信息公开申请情况, or null when not found.</summary>
    public ApplicationTable? Applications { get; }

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况, or null when not found.</summary>
    public ReviewLitigationTable? ReviewLitigation { get; }

    /// <summary>Tables in the document that are not one of the three standard tables (metadata, per-department tables …).</summary>
    public int ExtraTableCount { get; }

    /// <summary>
    /// The running text before the first section heading — the title and the introduction, which usually states the
    /// statistics period (本报告中所列数据的统计期限…) — paragraphs joined by <c>\n</c>. Empty when there is none.
    /// </summary>
    public string Preamble { get; }

    /// <summary>What the running text states — the facts the narrative rules compare with the tables and the statistics period — read once in recognition.</summary>
    internal NarrativeFacts Narrative { get; init; } = NarrativeFacts.None;

    /// <summary>The section with the given id (<c>S1</c> … <c>S6</c>), or null.</summary>
    /// <param name="id">The section id.</param>
    public ReportSection? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The standard tables that were found, in the order 表二, 表三, 表四.</summary>
    public IEnumerable<ReportTable> Tables
    {
        get
        {
            if (ActiveDisclosure is not null)
            {
                yield return ActiveDisclosure;
            }

            if (Applications is not null)
            {
                yield return Applications;
            }

            if (ReviewLitigation is not null)
            {
                yield return ReviewLitigation;
            }
        }
    }
}
