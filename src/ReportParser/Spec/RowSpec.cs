using System.Collections.Immutable;

namespace ReportParser.Spec;

/// <summary>Whether a template row carries values or only labels a group of rows.</summary>
internal enum RowKind
{
    Data,
    Group,
}

/// <summary>
/// One row of a standard table as the spec defines it: the stable id, the canonical label, and the distinctive
/// substrings (after <see cref="LabelText.ForMatching"/>) that identify it in real, drifted labels.
/// </summary>
internal sealed record RowSpec(string Id, string Label, string ShortLabel, RowKind Kind, ImmutableArray<string> Anchors)
{
    /// <summary>The id of the group this row belongs to (<c>T3.R3.3</c> for <c>T3.R3.3.1</c>), or null.</summary>
    public string? ParentId
    {
        get
        {
            var dot = Id.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            var parent = Id.Substring(0, dot);
            return parent.Contains(".R") ? parent : null;
        }
    }
}
