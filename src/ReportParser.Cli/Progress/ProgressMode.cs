namespace ReportParser.Cli.Progress;

/// <summary>How <c>check</c> shows progress (on standard error, so standard output stays the result).</summary>
internal enum ProgressMode
{
    /// <summary>A live bar on a terminal; plain lines when standard error is redirected or <c>CI</c> is set.</summary>
    Auto,

    /// <summary>Always the live bar.</summary>
    Bar,

    /// <summary>One line per file.</summary>
    Plain,

    /// <summary>Nothing but the final line.</summary>
    None,
}
