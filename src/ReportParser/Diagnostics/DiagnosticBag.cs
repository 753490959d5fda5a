using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ReportParser.Spec;

namespace ReportParser.Diagnostics;

/// <summary>Collects diagnostics of one check, applies severity overrides, and returns them in a deterministic order.</summary>
internal sealed class DiagnosticBag
{
    private readonly ImmutableDictionary<string, DiagnosticSeverity?> _overrides;
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(ImmutableDictionary<string, DiagnosticSeverity?> overrides)
    {
        _overrides = overrides;
    }

    public static DiagnosticBag Unfiltered() => new(ImmutableDictionary<string, DiagnosticSeverity?>.Empty);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object[] arguments) =>
        Add(descriptor, location, ImmutableArray<string>.Empty, null, arguments);

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, ImmutableArray<string> cells, string? rule, params object[] arguments)
    {
        var severity = descriptor.DefaultSeverity;
        if (_overrides.TryGetValue(descriptor.Id, out var overridden))
        {
            if (overridden is null)
            {
                return;
            }

            severity = overridden.Value;
        }

        _items.Add(new Diagnostic(descriptor, severity, location, arguments.ToImmutableArray(), cells, rule));
    }

    /// <summary>Adds a diagnostic made elsewhere (e.g. by a reader), re-applying the overrides.</summary>
    public void AddExisting(Diagnostic diagnostic)
    {
        if (_overrides.TryGetValue(diagnostic.Id, out var overridden))
        {
            if (overridden is null)
            {
                return;
            }

            _items.Add(new Diagnostic(diagnostic.Descriptor, overridden.Value, diagnostic.Location, diagnostic.Arguments, diagnostic.Cells, diagnostic.Rule));
            return;
        }

        _items.Add(diagnostic);
    }

    public int Count => _items.Count;

    /// <summary>True when an error is in the bag.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Sorted by source, page, table, row, column, id, then arguments.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        _items
            .OrderBy(d => d.Location.Source, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Page ?? 0)
            .ThenBy(d => StandardTables.OrderOf(d.Location.Table))
            .ThenBy(d => StandardTables.OrderOf(d.Location.Row))
            .ThenBy(d => StandardTables.OrderOf(d.Location.Column))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\u001f", d.Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture))), StringComparer.Ordinal)
            .ToImmutableArray();
}
