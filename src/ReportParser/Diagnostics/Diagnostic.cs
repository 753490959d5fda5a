using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace ReportParser.Diagnostics;

/// <summary>One finding: what (descriptor), how serious (effective severity), where, the values involved and the cells they came from.</summary>
public sealed class Diagnostic
{
    internal Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        SourceLocation location,
        ImmutableArray<object> arguments,
        ImmutableArray<string> cells,
        string? rule = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Location = location;
        Arguments = arguments.IsDefault ? ImmutableArray<object>.Empty : arguments;
        Cells = cells.IsDefault ? ImmutableArray<string>.Empty : cells;
        Rule = rule ?? descriptor.Rule;
    }

    /// <summary>The kind of finding.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable id, e.g. <c>RP0503</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Severity after <see cref="ReportCheckerOptions.SeverityOverrides"/> were applied.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The spec rule this finding implements (usually <see cref="DiagnosticDescriptor.Rule"/>).</summary>
    public string Rule { get; }

    /// <summary>Where the finding points.</summary>
    public SourceLocation Location { get; }

    /// <summary>The raw values behind the message (strings, decimals, integers). Tests and JSON use these, never the rendered text.</summary>
    public ImmutableArray<object> Arguments { get; }

    /// <summary>The cells involved, keyed <c>rowId|columnId</c> with the spec's ids (e.g. <c>T3.R1|T3.C.total</c>).</summary>
    public ImmutableArray<string> Cells { get; }

    /// <summary>The message in the language of <paramref name="culture"/> (zh-* → Chinese, otherwise English).</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    public string GetMessage(CultureInfo? culture = null) =>
        string.Format(
            CultureInfo.InvariantCulture,
            Descriptor.GetMessageFormat(culture),
            (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "zh"
                ? Arguments.Select(a => a is string text ? ArgumentTexts.Chinese(text) : a).Cast<object?>().ToArray()
                : Arguments.Cast<object?>().ToArray());

    /// <summary>The canonical one-line form in English, used by the CLI's text output.</summary>
    public override string ToString() =>
        Location + ": " + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + GetMessage(CultureInfo.InvariantCulture);
}
