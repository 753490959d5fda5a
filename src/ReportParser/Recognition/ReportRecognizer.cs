using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Model;
using ReportParser.Recognition.Narrative;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>
/// Stage 2: finds the sections, the three standard tables (by label anchors) and the metadata in a
/// <see cref="SourceDocument"/>. Reports only what it could not understand; compliance is the rules' business.
/// </summary>
internal static class ReportRecognizer
{
    public static RecognizedReport Recognize(SourceDocument document) => Recognize(document, TemplateSet.National);

    /// <summary>Recognition against a set of templates (the national ones unless a test gives another).</summary>
    public static RecognizedReport Recognize(SourceDocument document, TemplateSet templates)
    {
        var context = new RecognitionContext(document.Source, templates);
        var blocks = document.Blocks;
        var sections = SectionRecognizer.Recognize(blocks);
        var metadata = MetadataRecognizer.Recognize(document);

        var views = new List<(TableView View, StandardTable? Kind)>();
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is TableBlock table)
            {
                var view = new TableView(table, i);
                views.Add((view, TableClassifier.Classify(view) ?? PlaceholderApplicationPart(view)));
            }
        }

        var used = new HashSet<TableView>();
        var headingIndexes = new HashSet<int>(sections.Select(s => s.BlockIndex));

        // 表三: the first classified table with a header, plus the grids that continue it after a page break.
        RecognizedTable? applications = null;
        var layout = templates.ApplicationLayout(otherHandlingIsSplit: false);
        var t3Recognizer = new ApplicationTableRecognizer(context);
        var t3Candidates = views.Where(v => v.Kind == StandardTable.Applications).Select(v => v.View).ToList();
        // A table with the applicant header but no row of 表三 (a converter's header split off into a table of its own,
        // its cells '-') is not where the values are: prefer a table with a header and rows.
        var primary = t3Candidates.FirstOrDefault(v => ApplicationTableRecognizer.HasHeader(v) && ApplicationRowLabels(v).Count > 0)
            ?? t3Candidates.FirstOrDefault(ApplicationTableRecognizer.HasHeader) ?? t3Candidates.FirstOrDefault();
        if (primary is not null)
        {
            var parts = new List<TableView> { primary };
            used.Add(primary);
            var rowsSoFar = ApplicationRowLabels(primary);
            var position = views.FindIndex(v => v.View == primary);
            for (var k = position + 1; k < views.Count; k++)
            {
                var (next, nextKind) = views[k];
                var headingBetween = headingIndexes.Any(h => h > parts[parts.Count - 1].BlockIndex && h < next.BlockIndex);

                // A continuation brings rows the parts so far lack; a table that only repeats their labels (a
                // per-department table with 本年新收 / 上年结转 / 结转下年度 columns) is another table.
                var rows = ApplicationRowLabels(next);
                // A converter's table per row group repeats its placeholder header (数据1 … 数据6) in every part.
                var newHeader = ApplicationTableRecognizer.HasHeader(next)
                    && !(ApplicationTableRecognizer.HasPlaceholderHeader(next) && next.Table.ColumnCount == parts[parts.Count - 1].Table.ColumnCount);
                if (headingBetween || (nextKind is not null && nextKind != StandardTable.Applications) || newHeader || !(rows.Except(rowsSoFar).Any() || (rows.Count == 0 && HasUnlabelledValueRow(next))))
                {
                    break;
                }

                parts.Add(next);
                used.Add(next);
                rowsSoFar.UnionWith(rows);
            }

            (applications, layout) = t3Recognizer.Recognize(parts);
            ReportDuplicates(context, t3Candidates.Where(v => !used.Contains(v)).ToList(), StandardTable.Applications, primary);
        }

        // 表二: the first run of consecutive 表二-like grids (some sites print each block as its own table).
        RecognizedTable? disclosure = null;
        var disclosureVersion = TemplateVersion.Unknown;
        var t2Candidates = views.Where(v => v.Kind == StandardTable.Disclosure && !used.Contains(v.View)).Select(v => v.View).ToList();
        if (t2Candidates.Count > 0)
        {
            var parts = new List<TableView> { t2Candidates[0] };
            var position = views.FindIndex(v => v.View == t2Candidates[0]);
            for (var k = position + 1; k < views.Count && views[k].Kind == StandardTable.Disclosure; k++)
            {
                parts.Add(views[k].View);
            }

            used.UnionWith(parts);
            (disclosure, disclosureVersion) = DisclosureTableRecognizer.Recognize(parts, context);
            ReportDuplicates(context, t2Candidates.Where(v => !used.Contains(v)).ToList(), StandardTable.Disclosure, parts[0]);
        }

        // 表四: the first 表四-like grid.
        RecognizedTable? review = null;
        var t4Candidates = views.Where(v => v.Kind == StandardTable.Review && !used.Contains(v.View)).Select(v => v.View).ToList();
        if (t4Candidates.Count == 0 && ReviewRowUnderItsHeading(views.Select(v => v.View).Where(v => !used.Contains(v)), sections) is { } unlabelled)
        {
            t4Candidates.Add(unlabelled);
        }
        if (t4Candidates.Count > 0)
        {
            // One table per block under its heading (a converter's 表四) is read as one table.
            var blockTables = ReviewBlockTables.Join(views.Select(v => v.View).ToList(), t4Candidates[0], blocks);
            var parts = blockTables?.Parts ?? [t4Candidates[0]];
            used.UnionWith(parts);
            review = ReviewTableRecognizer.Recognize(blockTables?.Joined ?? t4Candidates[0], context);
            ReportDuplicates(context, t4Candidates.Where(v => !used.Contains(v)).ToList(), StandardTable.Review, t4Candidates[0]);
        }

        var hasTables = applications is not null || disclosure is not null || review is not null;
        var titleSaysReport = metadata.Title is not null;
        var kind = sections.Length >= 2 || hasTables || (titleSaysReport && sections.Length >= 1)
            ? DocumentKind.Report
            : blocks.OfType<AttachmentBlock>().Any() ? DocumentKind.AttachmentOnly : DocumentKind.NotAReport;

        var fileLocation = new SourceLocation { Source = document.Source };
        switch (kind)
        {
            case DocumentKind.NotAReport:
                context.Diagnostics.Add(Descriptors.NotAReport, fileLocation);
                break;
            case DocumentKind.AttachmentOnly:
                var names = blocks.OfType<AttachmentBlock>().Select(a => a.Text.Length > 0 ? a.Text : a.Target).Distinct().Take(5);
                context.Diagnostics.Add(Descriptors.ReportIsAttachment, fileLocation, string.Join("、", names));
                break;
            default:
                if (metadata.Year is null)
                {
                    context.Diagnostics.Add(Descriptors.YearNotFound, fileLocation);
                }

                if (disclosureVersion == TemplateVersion.Unknown && metadata.Year is null && (applications is null || !layout.OtherHandlingIsSplit))
                {
                    context.Diagnostics.Add(Descriptors.TemplateUnknown, fileLocation);
                }

                break;
        }

        var preamble = Preamble(blocks, sections);
        return new RecognizedReport
        {
            Document = document,
            Kind = kind,
            Title = metadata.Title,
            Agency = metadata.Agency,
            Year = metadata.Year,
            Sections = sections,
            Preamble = preamble,
            ActiveDisclosure = disclosure,
            DisclosureVersion = disclosureVersion,
            Applications = applications,
            OtherHandlingIsSplit = applications is not null && layout.OtherHandlingIsSplit,
            ApplicationLayout = layout.Version,
            ReviewLitigation = review,
            ExtraTableCount = views.Count(v => !used.Contains(v.View)),
            Diagnostics = context.Diagnostics.ToSortedArray(),
            Narrative = kind == DocumentKind.Report ? ReadNarrative(context, sections, preamble, metadata.Year) : NarrativeFacts.None,
        };
    }

    /// <summary>The facts and the statistics period the running text states (spec §5.5), read once for every narrative rule.</summary>
    private static NarrativeFacts ReadNarrative(RecognitionContext context, System.Collections.Immutable.ImmutableArray<RecognizedSection> sections, string preamble, int? year)
    {
        var texts = sections.Select(s => (s.Id, s.Text, context.Location(s.Provenance)));
        var (period, periodEnd) = StatisticsPeriodFinder.Find(preamble, sections.Select(s => s.Text));
        return new NarrativeFacts { Facts = NarrativeExtractor.Extract(texts, year), Period = period, StatesPeriodEnd = periodEnd };
    }

    /// <summary>
    /// One row group of 表三 a converter split off into its own table under placeholder headings (数据1 … 数据6): too
    /// few anchors to classify, but its rows are 表三's.
    /// </summary>
    private static StandardTable? PlaceholderApplicationPart(TableView view) =>
        ApplicationTableRecognizer.HasPlaceholderHeader(view) && ApplicationRowLabels(view).Count > 0 ? StandardTable.Applications : null;

    /// <summary>
    /// A table of a text conversion whose 表四 header is too broken to classify (a converter's fragments: 维持 | 纠正 |
    /// 结果 | 审结 | 总计 | 总计) but that stands in 表四's section, first, and has a row of exactly the template's
    /// fifteen number cells: 表四, read by position when its header is not recognised (RP0204 says so).
    /// </summary>
    private static TableView? ReviewRowUnderItsHeading(IEnumerable<TableView> unused, System.Collections.Immutable.ImmutableArray<RecognizedSection> sections)
    {
        var section = sections.FirstOrDefault(s => s.Id == StandardTable.Review.SectionId);
        if (section is null)
        {
            return null;
        }

        var end = sections.Where(s => s.BlockIndex > section.BlockIndex).Select(s => s.BlockIndex).DefaultIfEmpty(int.MaxValue).Min();
        var first = unused.Where(v => v.BlockIndex > section.BlockIndex && v.BlockIndex < end).OrderBy(v => v.BlockIndex).FirstOrDefault();
        var count = StandardTables.ReviewColumns.Length;
        return first is not null && first.Table.Provenance.Method is ReadingMethod.Text or ReadingMethod.Ocr
            && Enumerable.Range(0, first.Table.RowCount).Any(r => PositionalRead.Fits(first, r, first.Table.ColumnCount - count, count)
                && first.Table.GetRow(r).Where(c => c.Row == r).All(c => PositionalRead.IsNumberLike(c.Text)))
            ? first
            : null;
    }

    /// <summary>A table of a text conversion holding only 表三 value rows whose labels the converter lost (<see cref="SequencedRows"/>).</summary>
    private static bool HasUnlabelledValueRow(TableView view) =>
        Enumerable.Range(0, view.Table.RowCount).Any(r => SequencedRows.Unlabelled(view, r, StandardTables.ApplicantColumns.Length) is not null);

    private static HashSet<string> ApplicationRowLabels(TableView view) =>
        new(view.Table.Cells.Select(c => ApplicationTableRecognizer.MatchLabel(view.Core(c), string.Empty, null)).OfType<string>(), System.StringComparer.Ordinal);

    private static void ReportDuplicates(RecognitionContext context, List<TableView> duplicates, StandardTable table, TableView primary)
    {
        if (duplicates.Count > 0)
        {
            context.Diagnostics.Add(Descriptors.DuplicateTable, context.Location(primary.Table.Provenance, table.Id), table.Name, duplicates.Count + 1);
        }
    }

    /// <summary>The paragraphs before the first section heading (all of them when there is none), joined by <c>\n</c>.</summary>
    private static string Preamble(System.Collections.Immutable.ImmutableArray<Block> blocks, System.Collections.Immutable.ImmutableArray<RecognizedSection> sections)
    {
        var end = sections.Length > 0 ? sections.Min(s => s.BlockIndex) : blocks.Length;
        return string.Join("\n", blocks.Take(end).OfType<ParagraphBlock>().Select(p => p.Text));
    }
}
