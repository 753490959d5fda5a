using System.Globalization;

namespace ReportParser.Diagnostics;

/// <summary>
/// The fixed description of one kind of finding, such as <c>RP0503</c>. There is exactly one instance per id;
/// all of them are listed in <see cref="DiagnosticCatalog.All"/>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    private readonly LocalizedText _title;
    private readonly LocalizedText _messageFormat;
    private readonly LocalizedText _description;

    internal DiagnosticDescriptor(
        string id,
        DiagnosticCategory category,
        DiagnosticSeverity defaultSeverity,
        string rule,
        LocalizedText title,
        LocalizedText messageFormat,
        LocalizedText description)
    {
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Rule = rule;
        _title = title;
        _messageFormat = messageFormat;
        _description = description;
    }

    /// <summary>Stable identifier, e.g. <c>RP0503</c>. Never renumbered or reused.</summary>
    public string Id { get; }

    /// <summary>The stage or rule family; its value is the id's two-digit prefix.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>Severity unless <see cref="ReportCheckerOptions.SeverityOverrides"/> says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The spec rule this finding implements, e.g. <c>RULE.T3.BALANCE</c> (see docs/rules.md); <c>READ</c>, <c>RECOGNIZE</c> or <c>MAP</c> for stage findings.</summary>
    public string Rule { get; }

    /// <summary>Anchor in docs/diagnostics.md, e.g. <c>docs/diagnostics.md#rp0503</c>.</summary>
    public string HelpLink => "docs/diagnostics.md#" + Id.ToLowerInvariant();

    /// <summary>Short title in the language of <paramref name="culture"/> (zh-* → Chinese, otherwise English).</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    public string GetTitle(CultureInfo? culture = null) => _title.For(culture);

    /// <summary>The composite format of the message, with <c>{0}</c>… placeholders for <see cref="Diagnostic.Arguments"/>.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    public string GetMessageFormat(CultureInfo? culture = null) => _messageFormat.For(culture);

    /// <summary>What the check does and why, for documentation.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    public string GetDescription(CultureInfo? culture = null) => _description.For(culture);

    /// <inheritdoc />
    public override string ToString() => Id;
}
