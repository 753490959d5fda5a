namespace ReportParser.Diagnostics;

/// <summary>How serious a finding is. Values are ordered so that thresholds can compare them.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; not a defect (e.g. a heading variant, blank cells that could not be assessed).</summary>
    Info = 1,

    /// <summary>Plausibility problem or a reading caveat; legitimate exceptions exist.</summary>
    Warning = 2,

    /// <summary>An official identity or pure arithmetic does not hold, or a required part is missing.</summary>
    Error = 3,
}
