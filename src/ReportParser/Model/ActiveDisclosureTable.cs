using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Spec;

namespace ReportParser.Model;

/// <summary>表二 主动公开政府信息情况, in the layout of <see cref="Version"/>.</summary>
public sealed class ActiveDisclosureTable : ReportTable
{
    internal ActiveDisclosureTable(SourceLocation location, ImmutableArray<CellValue> cells, TemplateVersion version, ImmutableDictionary<string, string> rowLabels)
        : base(StandardTable.Disclosure.Id, location, cells, rowLabels)
    {
        Version = version;
    }

    /// <summary>The template this table's columns follow (<see cref="TemplateVersion.V2021"/> or <see cref="TemplateVersion.V2019Trial"/>).</summary>
    public TemplateVersion Version { get; }

    /// <summary>The cell at a row and column; a cell this template does not have, or the report does not print, has <see cref="CellKind.Missing"/>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    public CellValue this[DisclosureRow row, DisclosureColumn column] => Get(ReportIds.Of(row), ReportIds.Of(column));
}
