using System.Threading;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Readers;

/// <summary>What a reader needs besides the bytes: the source name, the limits and a bag for reading diagnostics.</summary>
internal sealed class ReadContext
{
    public ReadContext(string source, ReportCheckerOptions options, CancellationToken cancellationToken = default)
    {
        Source = source;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>Signalled when the time limit is reached; readers call <see cref="CancellationToken.ThrowIfCancellationRequested"/> at checkpoints (a page, a table).</summary>
    public CancellationToken CancellationToken { get; }

    public string Source { get; }

    public ReportCheckerOptions Options { get; }

    public DiagnosticBag Diagnostics { get; } = DiagnosticBag.Unfiltered();

    public SourceLocation FileLocation => new() { Source = Source };

    public SourceLocation At(int? page = null, string? path = null) => new() { Source = Source, Page = page, Path = path };

    /// <summary>The document a read ends with when it cannot go on: no blocks, the diagnostics so far saying why.</summary>
    public SourceDocument Unreadable(SourceFormat format, int? pageCount = null) => new()
    {
        Source = Source,
        Format = format,
        PageCount = pageCount,
        IsUnreadable = true,
        Diagnostics = Diagnostics.ToSortedArray(),
    };
}
