using System.Threading;
using ReportParser.Diagnostics;

namespace ReportParser.Layout;

/// <summary>What the layout engine needs from the reader that feeds it: the source name, the grid limit, the time limit and a bag for reading diagnostics.</summary>
internal sealed class LayoutContext
{
    public LayoutContext(string source, DiagnosticBag diagnostics, int maxTableGridPositions, CancellationToken cancellationToken)
    {
        Source = source;
        Diagnostics = diagnostics;
        MaxTableGridPositions = maxTableGridPositions;
        CancellationToken = cancellationToken;
    }

    public string Source { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>A table grid with more positions than this is not built (RP0108).</summary>
    public int MaxTableGridPositions { get; }

    /// <summary>Checked once per page.</summary>
    public CancellationToken CancellationToken { get; }

    public SourceLocation At(int page) => new() { Source = Source, Page = page };
}
