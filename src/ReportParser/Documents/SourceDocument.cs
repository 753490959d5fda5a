using System.Collections.Immutable;
using ReportParser.Diagnostics;

namespace ReportParser.Documents;

/// <summary>
/// A document as read from its file, independent of the format: headings, paragraphs and tables in reading order.
/// This is the output of the Read stage and the input seam for <see cref="ReportChecker.Check(SourceDocument)"/>.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The source name (usually the file path) used in every <see cref="SourceLocation"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The format the document was read from.</summary>
    public SourceFormat Format { get; init; }

    /// <summary>The title the file declares (HTML <c>&lt;title&gt;</c>/<c>&lt;h1&gt;</c>, PDF or DOCX metadata), if any.</summary>
    public string? Title { get; init; }

    /// <summary>Number of pages (PDF), or null.</summary>
    public int? PageCount { get; init; }

    /// <summary>The body blocks in reading order.</summary>
    public ImmutableArray<Block> Blocks { get; init; } = ImmutableArray<Block>.Empty;

    /// <summary>Reading findings (RP01xx): the file could not be read, or only partly.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = ImmutableArray<Diagnostic>.Empty;

    /// <summary>True when reading failed so badly that there is nothing to recognise (corrupt, encrypted, empty …).</summary>
    public bool IsUnreadable { get; init; }
}
