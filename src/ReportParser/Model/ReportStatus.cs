namespace ReportParser.Model;

/// <summary>What became of a checked file.</summary>
public enum ReportStatus
{
    /// <summary>The file was read and recognised as an annual report; its checks ran.</summary>
    Checked = 0,

    /// <summary>The file could not be read (empty, corrupt, encrypted, unsupported …); see the RP01xx diagnostics.</summary>
    Unreadable = 1,

    /// <summary>The file was read but is not an annual report (or only links to one as an attachment); see RP02xx.</summary>
    NotAReport = 2,
}
