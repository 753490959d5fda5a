using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Serialization;

namespace ReportParser.Cli;

/// <summary><c>reportparser check</c>: checks files and folders and prints findings as text or JSON.</summary>
internal static class CheckCommand
{
    public static int Run(CheckCommandInput input, TextWriter stdout, TextWriter stderr)
    {
        var collected = FileCollector.Collect(input.Paths);
        foreach (var path in collected.Missing)
        {
            stderr.WriteLine($"reportparser: no such file or folder: {path}");
        }

        if (collected.Missing.Count > 0)
        {
            return ExitCodes.UsageError;
        }

        if (collected.Files.Count == 0)
        {
            stderr.WriteLine("reportparser: no report files found (looked for " + string.Join(", ", FileCollector.ReportExtensions.Order()) + ")");
            return ExitCodes.UsageError;
        }

        foreach (var id in input.Disable)
        {
            if (DiagnosticCatalog.Find(id) is null)
            {
                stderr.WriteLine($"reportparser: unknown diagnostic id in --disable: {id}");
                return ExitCodes.UsageError;
            }
        }

        var options = ReportCheckerOptions.Default with
        {
            SeverityOverrides = input.Disable.ToImmutableDictionary(id => id.ToUpperInvariant(), _ => (DiagnosticSeverity?)null),
            BlankCells = input.BlankAsZero ? BlankCellPolicy.TreatAsZero : BlankCellPolicy.NotAssessable,
        };
        var checker = new ReportChecker(options);
        var results = new CheckResult[collected.Files.Count];
        for (var i = 0; i < collected.Files.Count; i++)
        {
            results[i] = checker.Check(collected.Files[i]);
        }

        var culture = input.Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.GetCultureInfo("zh-CN")
            : CultureInfo.InvariantCulture;
        var rendered = input.Format switch
        {
            OutputFormat.Json => collected.Files.Count == 1 && input.Paths.Count == 1 && File.Exists(input.Paths[0])
                ? ReportJson.Serialize(results[0])
                : ReportJson.SerializeBatch(results),
            _ => TextReport.Render(results, culture),
        };

        if (input.Output is { } output)
        {
            try
            {
                File.WriteAllText(output, rendered + "\n", new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"reportparser: cannot write {output}: {ex.Message}");
                return ExitCodes.UsageError;
            }
        }
        else
        {
            stdout.WriteLine(rendered);
        }

        return input.FailOn is { } threshold && results.Any(r => r.HasAtLeast(threshold)) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
