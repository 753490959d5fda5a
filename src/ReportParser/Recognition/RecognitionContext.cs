using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>Shared state of one recognition: the source name and the recognition diagnostics.</summary>
internal sealed class RecognitionContext
{
    public RecognitionContext(string source, TemplateSet? templates = null)
    {
        Source = source;
        Templates = templates ?? TemplateSet.National;
    }

    public string Source { get; }

    /// <summary>The templates the tables are voted over.</summary>
    public TemplateSet Templates { get; }

    public DiagnosticBag Diagnostics { get; } = DiagnosticBag.Unfiltered();

    public SourceLocation Location(BlockProvenance? provenance, string? table = null, string? row = null, string? column = null) => new()
    {
        Source = Source,
        Page = provenance?.Page,
        Path = provenance?.Path,
        Line = provenance?.Line,
        Character = provenance?.Character,
        Table = table,
        Row = row,
        Column = column,
    };
}
