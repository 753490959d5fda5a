namespace ReportParser.Cli.Batch;

/// <summary>One file of a batch: its position in the deterministic order and its path as given or found.</summary>
internal sealed record BatchFile(int Index, string Path);
