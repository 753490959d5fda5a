namespace ReportParser.Cli;

/// <summary>Process exit codes of <c>reportparser</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Bad command line, or a path that does not exist / cannot be written.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it); no output file was written.</summary>
    public const int Cancelled = 130;
}
