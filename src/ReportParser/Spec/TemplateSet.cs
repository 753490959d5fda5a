using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportParser.Model;

namespace ReportParser.Spec;

/// <summary>
/// The templates a check knows, oldest first, and the questions asked of them as a whole: which template a report year
/// should follow, which one 表二's columns and 表三's rows vote for. <see cref="National"/> is the national format's
/// generations; recognition, mapping and the rules take the set from <see cref="ReportCheckerOptions"/>, so that a new
/// generation can be tried (a test adds a third) without touching them.
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>The two generations of the national format: 2019 (trial) and 2021.</summary>
    public static readonly TemplateSet National = new([TemplateSpec.V2019Trial, TemplateSpec.V2021]);

    public TemplateSet(ImmutableArray<TemplateSpec> all)
    {
        if (all.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A template set needs at least one template.", nameof(all));
        }

        All = all;
    }

    /// <summary>Every template, oldest first.</summary>
    public ImmutableArray<TemplateSpec> All { get; }

    /// <summary>The latest template.</summary>
    public TemplateSpec Latest => All[All.Length - 1];

    /// <summary>The template of a version, or null (Unknown, Pre2019).</summary>
    public TemplateSpec? For(TemplateVersion version) => All.FirstOrDefault(t => t.Version == version);

    /// <summary>The template a report is held to: the one it follows, else — when that is unknown — its year's; null when neither applies.</summary>
    public TemplateSpec? Governing(TemplateVersion template, int? year) =>
        For(template) ?? (template == TemplateVersion.Unknown && year is { } y ? For(ExpectedFor(y)) : null);

    /// <summary>The version a report year should follow (spec §0): the template whose years contain it, Pre2019 before the first.</summary>
    public TemplateVersion ExpectedFor(int year) =>
        All.FirstOrDefault(t => year >= t.FirstYear && (t.LastYear is null || year <= t.LastYear))?.Version
        ?? (year < All.Min(t => t.FirstYear) ? TemplateVersion.Pre2019 : TemplateVersion.Unknown);

    /// <summary>
    /// Which template 表二 follows, by the columns found in its headers: each template scores the columns it has minus
    /// those it lacks, counting only columns not every template shares; the best wins, a tie goes to the later template;
    /// no telling column → <see cref="TemplateVersion.Unknown"/>.
    /// </summary>
    public TemplateVersion VoteDisclosure(IEnumerable<string> columnsFound)
    {
        var common = All.Select(t => (IEnumerable<string>)t.DisclosureColumns).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToList();
        var telling = columnsFound.Except(common, StringComparer.Ordinal).ToList();
        if (telling.Count == 0)
        {
            return TemplateVersion.Unknown;
        }

        return All.Select((t, i) => (t, i, Score: Score(telling, t.DisclosureColumns)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.i).First().t.Version;
    }

    /// <summary>
    /// Which template's 表三 layout the rows found follow: each template scores the rows it prints or labels minus those it
    /// does not have, counting only rows not every template has; the best wins, a tie goes to the layout with fewer data
    /// rows (with no （六） sub-row found, the single-row layout).
    /// </summary>
    public TemplateSpec VoteApplicationLayout(IEnumerable<string> rowsFound)
    {
        var known = All.Select(t => t.ApplicationDataRows.Concat(t.ApplicationGroupRows).ToImmutableHashSet(StringComparer.Ordinal)).ToList();
        var common = known.Aggregate((a, b) => a.Intersect(b));
        var telling = rowsFound.Where(r => !common.Contains(r)).ToList();
        return All.Select((t, i) => (t, Score: Score(telling, known[i])))
            .OrderByDescending(x => x.Score).ThenBy(x => x.t.ApplicationDataRows.Length).First().t;
    }

    /// <summary>The template whose 表三 layout has a single or a split （六） (results written before the layout was stored).</summary>
    public TemplateSpec ApplicationLayout(bool otherHandlingIsSplit) =>
        All.LastOrDefault(t => t.OtherHandlingIsSplit == otherHandlingIsSplit) ?? Latest;

    private static int Score(IReadOnlyCollection<string> found, ImmutableHashSet<string> has) => found.Count(has.Contains) - found.Count(f => !has.Contains(f));
}
