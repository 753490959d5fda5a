using System;
using System.Collections.Immutable;
using ReportParser.Diagnostics;
using ReportParser.Imaging;
using ReportParser.Spec;

namespace ReportParser;

/// <summary>Options of a <see cref="ReportChecker"/>. Immutable; use <c>with</c> to derive variants.</summary>
public sealed record ReportCheckerOptions
{
    /// <summary>The defaults: every diagnostic at its default severity, blanks not assessable, 256 MiB file limit.</summary>
    public static ReportCheckerOptions Default { get; } = new();

    /// <summary>The templates reports are recognised and checked against: the national format's generations. Internal: a test gives a set with a template the format does not have yet.</summary>
    internal TemplateSet Templates { get; init; } = TemplateSet.National;

    /// <summary>
    /// Severity per diagnostic id. A null value switches the id off, like
    /// <c>dotnet_diagnostic.&lt;ID&gt;.severity = none</c> in .editorconfig.
    /// </summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> SeverityOverrides { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>How blank, dash and slash cells take part in the arithmetic checks. Default: <see cref="BlankCellPolicy.NotAssessable"/>.</summary>
    public BlankCellPolicy BlankCells { get; init; } = BlankCellPolicy.NotAssessable;

    /// <summary>
    /// For <see cref="CrossReport.CrossReportChecker"/>: the share (0–1) of a section's text found in the same section of
    /// the previous year's report from which RP0704 reports it as copied. Default 0.8; unrelated reports score about
    /// 0.05–0.15, so lowering it to 0.6 is still safe, raising it to 0.95 finds only near-verbatim copies.
    /// </summary>
    public double TextReuseThreshold { get; init; } = 0.8;

    /// <summary>Files larger than this are refused with RP0108 before they are parsed. Default 256 MiB.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>A table grid with more positions than this is refused with RP0108. Default 100,000.</summary>
    public int MaxTableGridPositions { get; init; } = 100_000;

    /// <summary>
    /// An HTML page or a text conversion larger than this is refused with RP0108 before it is parsed (its DOM would take
    /// ten times as much memory). Default 32 MiB; the largest real report page we have seen is 0.1 MB.
    /// </summary>
    public long MaxTextBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// An HTML page whose elements nest deeper than this is refused with RP0108 before it is parsed: the HTML tree
    /// builder's work grows with the square of the depth (100,000 nested <c>div</c>s ran for minutes). Default 1,000;
    /// real report pages nest 10–40 deep.
    /// </summary>
    public int MaxHtmlNestingDepth { get; init; } = 1_000;

    /// <summary>
    /// The longest one check may take; beyond it the file is reported as unreadable with RP0120 and the checker moves
    /// on. Null (the default) means no limit; zero stops every check at its first checkpoint. Readers stop at their next
    /// checkpoint (a page, a table), not mid-instruction.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// A DOCX whose XML parts (document, styles, numbering, relationships …) decompress to more than this many bytes in
    /// total is refused with RP0108 before it is parsed: the guard against zip bombs. The parts are streamed through a
    /// fixed buffer to measure them, so a lying size field does not help. Embedded media do not count (they are never
    /// decompressed). Default 64 MiB.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The OCR engine for pages without a usable text layer and for images standing where a standard table should be
    /// (HTML <c>&lt;img&gt;</c> after the table's heading, DOCX pictures). Null (the default) switches OCR off: such pages
    /// get RP0105. The <c>ReportParser.Ocr</c> package provides one (<c>options.WithOcr()</c>).
    /// </summary>
    public IOcrEngine? Ocr { get; init; }

    /// <summary>At most this many pages or images of one document are recognised; the rest get RP0105. Default 20.</summary>
    public int OcrPageLimit { get; init; } = 20;

    /// <summary>
    /// The longest OCR may take for one document, in total; pages not started by then get RP0105. Null (the default)
    /// leaves only <see cref="TimeLimit"/>.
    /// </summary>
    public TimeSpan? OcrTimeLimit { get; init; }

    /// <summary>Returns options with <paramref name="id"/> switched off.</summary>
    /// <param name="id">A diagnostic id such as <c>RP0404</c>.</param>
    public ReportCheckerOptions WithDisabled(string id) =>
        this with { SeverityOverrides = SeverityOverrides.SetItem(id, null) };

    /// <summary>Returns options with <paramref name="id"/> reported at <paramref name="severity"/>.</summary>
    /// <param name="id">A diagnostic id such as <c>RP0406</c>.</param>
    /// <param name="severity">The severity to use.</param>
    public ReportCheckerOptions WithSeverity(string id, DiagnosticSeverity severity) =>
        this with { SeverityOverrides = SeverityOverrides.SetItem(id, severity) };
}
