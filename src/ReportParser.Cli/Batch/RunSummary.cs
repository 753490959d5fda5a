using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Batch;

/// <summary>Counts kept while a batch runs (constant memory per distinct id and agency, not per file).</summary>
internal sealed class RunSummary
{
    public int Files { get; private set; }

    public int Checked { get; private set; }

    public int Unreadable { get; private set; }

    public int NotAReport { get; private set; }

    public int FromCache { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int FilesWithErrors { get; private set; }

    public SortedDictionary<string, int> ById { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ErrorsByAgency { get; } = new(StringComparer.Ordinal);

    public TimeSpan Elapsed { get; set; }

    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Files / Elapsed.TotalSeconds : 0;

    public void Add(FileOutcome outcome)
    {
        var result = outcome.Result;
        Files++;
        switch (result.Status)
        {
            case ReportStatus.Checked:
                Checked++;
                break;
            case ReportStatus.Unreadable:
                Unreadable++;
                break;
            default:
                NotAReport++;
                break;
        }

        if (outcome.FromCache)
        {
            FromCache++;
        }

        var errors = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            ById[diagnostic.Id] = ById.GetValueOrDefault(diagnostic.Id) + 1;
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Errors++;
                    errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }

        if (errors > 0)
        {
            FilesWithErrors++;
        }

        var agency = result.Report.Agency ?? string.Empty; // empty: not recognised (the writers name it in their language)
        ErrorsByAgency[agency] = ErrorsByAgency.GetValueOrDefault(agency) + errors;
    }

    public void AddCrossReport(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            ById[diagnostic.Id] = ById.GetValueOrDefault(diagnostic.Id) + 1;
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                Errors++;
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                Warnings++;
            }
            else
            {
                Infos++;
            }
        }
    }

    public IEnumerable<(string Id, int Count)> TopIds => ById.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));
}
