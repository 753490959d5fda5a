using System;
using System.Collections.Immutable;
using System.Linq;

namespace ReportParser.Diagnostics;

/// <summary>Every diagnostic ReportParser can report, with its default severity and bilingual texts.</summary>
public static class DiagnosticCatalog
{
    /// <summary>All descriptors in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Descriptors.All;

    /// <summary>The descriptor with the given id (case-insensitive), or null.</summary>
    /// <param name="id">An id such as <c>RP0503</c>.</param>
    public static DiagnosticDescriptor? Find(string id) =>
        Descriptors.All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
