using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Ocr;
using ReportParser.Tests.EndToEnd;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.Ocr;

/// <summary>
/// The OCR accuracy sweep of issue 14 (opt-in: it reads a folder made by <c>fixtures/ocr/make-ocr-fixtures.sh</c> and
/// takes minutes of CPU). Set <c>REPORTPARSER_OCR_SWEEP</c> to that folder (and optionally
/// <c>REPORTPARSER_OCR_SWEEP_FILTER</c> to a file pattern such as <c>*.deg150.pdf</c>, and
/// <c>REPORTPARSER_OCR_SWEEP_REPORT</c> to the Markdown file to write, by default <c>ocr-accuracy.md</c> in the folder):
/// <code>
/// fixtures/ocr/make-ocr-fixtures.sh /tmp/ocr-sweep ../shared/corpus/raw/pdf/*.pdf fixtures/pdf/*.pdf
/// REPORTPARSER_OCR_SWEEP=/tmp/ocr-sweep nice -n 15 dotnet test tests/ReportParser.Tests -c Release --filter FullyQualifiedName~OcrSweep
/// </code>
/// Per rendering: value cells exact (read with certainty, as printed) / expected, flagged right, flagged wrong,
/// <b>wrong and not flagged</b> (must be 0), missing, error findings resting on a flagged cell (must be 0), false errors,
/// and the cells the source's own text layer gets right (what OCR could reach through the same layout code), with the
/// process CPU time per OCR page (one document at a time, one recogniser thread).
/// </summary>
public sealed class OcrSweepTests
{
    private readonly ITestOutputHelper _output;

    public OcrSweepTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void OcrSweep_of_image_only_renderings()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_SWEEP");
        Skip.If(string.IsNullOrEmpty(folder) || !Directory.Exists(folder), "set REPORTPARSER_OCR_SWEEP to a folder made by fixtures/ocr/make-ocr-fixtures.sh");
        var pattern = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_SWEEP_FILTER") ?? "*.*";
        var report = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_SWEEP_REPORT") ?? Path.Combine(folder!, "ocr-accuracy.md");
        var checker = new ReportChecker(ReportCheckerOptions.Default.WithOcr() with { OcrPageLimit = 50 });
        var rows = new List<SweepRow>();
        foreach (var file in Directory.GetFiles(folder!, pattern).Where(IsRendering).OrderBy(Set).ThenBy(f => f, StringComparer.Ordinal))
        {
            var truth = TruthFile.Load(TruthOf(file));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = checker.Check(file);
            var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var row = SweepRow.Measure(Path.GetFileName(file), Set(file), result, truth, seconds, TextLayerExact(file, truth));
            _output.WriteLine(row.Line());
            rows.Add(row);
        }

        Skip.If(rows.Count == 0, "no renderings in " + folder);
        File.WriteAllText(report, SweepRow.Markdown(rows));
        _output.WriteLine(SweepRow.Markdown(rows));
        rows.SelectMany(r => r.UnflaggedWrong).Should().BeEmpty("a number OCR is not sure of must be flagged");
        rows.SelectMany(r => r.ErrorsOnFlagged).Should().BeEmpty("no error finding may rest on a flagged cell");
    }

    /// <summary>
    /// Where the CPU time of an OCR page goes (opt-in: <c>REPORTPARSER_OCR_PROFILE</c> = a PDF, optionally
    /// <c>#page</c>): render, deskew (angle, rotation), rulings + cells + text lines, crops, recognition, decoding.
    /// </summary>
    [SkippableFact]
    public void OcrProfile_of_one_page()
    {
        var spec = Environment.GetEnvironmentVariable("REPORTPARSER_OCR_PROFILE");
        Skip.If(string.IsNullOrEmpty(spec), "set REPORTPARSER_OCR_PROFILE to a PDF (file.pdf or file.pdf#page)");
        var path = spec!.Contains('#', StringComparison.Ordinal) ? spec[..spec.IndexOf('#', StringComparison.Ordinal)] : spec;
        var bytes = File.ReadAllBytes(path);
        var engine = PaddleOcrEngine.Default;
        var pages = engine.Pages;
        var numbers = spec.Contains('#', StringComparison.Ordinal) ? [int.Parse(spec[(spec.IndexOf('#', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture)] : Enumerable.Range(1, 2).ToArray();
        pages.Read(PageRecognizer.Prepare(engine.Render(bytes, 1), 200, default), default); // warm up
        foreach (var number in numbers)
        {
            var times = new List<(string, double)>();
            var clock = Process.GetCurrentProcess().TotalProcessorTime;
            void Lap(string stage)
            {
                var now = Process.GetCurrentProcess().TotalProcessorTime;
                times.Add((stage, (now - clock).TotalSeconds));
                clock = now;
            }

            var image = engine.Render(bytes, number);
            Lap("render");
            var dpi = engine.Options.Resolution;
            var ink = image.InkMask(image.OtsuThreshold());
            var angle = ReportParser.Ocr.Imaging.Deskew.FindAngle(ink, image.Width, image.Height);
            Lap("deskew angle");
            var straight = Math.Abs(angle) >= ReportParser.Ocr.Imaging.Deskew.MinCorrection ? ReportParser.Ocr.Imaging.Deskew.Rotate(image, angle) : image;
            Lap("deskew rotate");
            var prepared = PageRecognizer.Prepare(straight, dpi, default);
            Lap("prepare again (threshold, deskew check, rulings, cells, lines, crops)");
            var scores = pages.Recognizer.Recognize(prepared.Crops.Select(c => c.Image).ToList(), default);
            Lap($"recognise {prepared.Crops.Count} crops, {prepared.Crops.Sum(c => c.Image.Width * 48.0 / c.Image.Height):0} px of model input width");
            pages.Read(prepared, default);
            Lap("recognise + decode (Read)");
            _output.WriteLine($"page {number} ({image.Width}×{image.Height}, angle {angle}): " + string.Join(", ", times.Select(t => $"{t.Item1} {t.Item2:0.000} s")));
        }
    }

    private static bool IsRendering(string file) =>
        file.EndsWith(".clean200.pdf", StringComparison.Ordinal) || file.EndsWith(".deg150.pdf", StringComparison.Ordinal)
        || file.EndsWith(".img.html", StringComparison.Ordinal);

    private static string Set(string file) =>
        file.EndsWith(".clean200.pdf", StringComparison.Ordinal) ? "clean 200 dpi"
        : file.EndsWith(".deg150.pdf", StringComparison.Ordinal) ? "degraded 150 dpi" : "HTML pictures 150 dpi";

    private static string TruthOf(string file) =>
        file.EndsWith(".html", StringComparison.Ordinal)
            ? file[..^".html".Length] + ".truth.json"
            : file[..^".pdf".Length] + ".truth.json";

    /// <summary>Cells the source PDF's own text layer reads exactly, or null when the source is not at hand.</summary>
    private static int? TextLayerExact(string file, TruthFile truth)
    {
        var name = Path.GetFileName(file);
        var stem = name[..name.IndexOf(name.EndsWith(".img.html", StringComparison.Ordinal) ? ".img." : name.EndsWith(".clean200.pdf", StringComparison.Ordinal) ? ".clean200." : ".deg150.", StringComparison.Ordinal)];
        var candidates = new List<string> { RepositoryPaths.Fixture(Path.Combine("pdf", stem + ".pdf")) };
        if (RepositoryPaths.Corpus is { } corpus)
        {
            candidates.Add(Path.Combine(corpus, "raw", "pdf", stem + ".pdf"));
        }

        var source = candidates.FirstOrDefault(File.Exists);
        if (source is null)
        {
            return null;
        }

        var cells = ReportChecker.Default.Check(source).Report.Tables.SelectMany(t => t.Cells).Where(c => c.IsRead).ToDictionary(c => c.Key, c => c.Raw);
        return truth.Cells.Count(c => cells.TryGetValue(c.Key, out var raw) && raw == c.Value);
    }

    private sealed record SweepRow(
        string File,
        string Set,
        int Expected,
        int Exact,
        int FlaggedRight,
        IReadOnlyList<string> FlaggedWrong,
        IReadOnlyList<string> UnflaggedWrong,
        IReadOnlyList<string> Missing,
        IReadOnlyList<string> ErrorsOnFlagged,
        int FalseErrors,
        int? TextLayerExact,
        int OcrPages,
        double CpuSeconds)
    {
        [System.ThreadStatic]
        private static List<string>? _notes;

        private static List<string> FlaggedRightNotes => _notes ??= [];

        public IReadOnlyList<string> RightButFlagged { get; init; } = [];

        public static SweepRow Measure(string file, string set, CheckResult result, TruthFile truth, double cpu, int? textLayer)
        {
            var ours = result.Report.Tables.SelectMany(t => t.Cells).Where(c => c.State != CellState.NotFound).ToDictionary(c => c.Key);
            int exact = 0, flaggedRight = 0;
            var flaggedWrong = new List<string>();
            var unflaggedWrong = new List<string>();
            var missing = new List<string>();
            foreach (var (key, expected) in truth.Cells)
            {
                if (!ours.TryGetValue(key, out var cell))
                {
                    missing.Add(key);
                }
                else if (cell.IsRead && cell.Raw == expected)
                {
                    exact++;
                }
                else if (cell.IsRead)
                {
                    unflaggedWrong.Add($"{key}: printed \"{expected}\", read \"{cell.Raw}\"");
                }
                else if (cell.Raw == expected)
                {
                    flaggedRight++;
                    FlaggedRightNotes.Add($"{key} \"{cell.Raw}\": {cell.ReadingNote}");
                }
                else
                {
                    flaggedWrong.Add($"{key}: printed \"{expected}\", read \"{cell.Raw}\" ({cell.State})");
                }
            }

            unflaggedWrong.AddRange(ours.Values.Where(c => c.IsRead && !truth.Cells.ContainsKey(c.Key)).Select(c => $"{c.Key}: read \"{c.Raw}\", not printed"));
            var flagged = ours.Values.Where(c => !c.IsRead).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var errorsOnFlagged = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.Cells.Any(flagged.Contains))
                .Select(d => d.ToString()).ToList();
            var accuracy = Accuracy.Measure(result, truth);
            var pages = result.Diagnostics.Count(d => d.Id == DiagnosticIds.ReadByOcr);
            var notes = FlaggedRightNotes.ToList();
            FlaggedRightNotes.Clear();
            return new SweepRow(
                file, set, truth.Cells.Count, exact, flaggedRight, flaggedWrong, unflaggedWrong, missing, errorsOnFlagged,
                accuracy.ExtraErrors.Count, textLayer, pages, cpu) { RightButFlagged = notes };
        }

        public string Line() =>
            $"{File}: exact {Exact}/{Expected}, flagged right {FlaggedRight}, flagged wrong {FlaggedWrong.Count}, UNFLAGGED WRONG {UnflaggedWrong.Count}, missing {Missing.Count}, "
            + $"errors on flagged {ErrorsOnFlagged.Count}, false errors {FalseErrors}, text layer {TextLayerExact}, {OcrPages} OCR pages, {CpuSeconds:0.0} s CPU"
            + string.Concat(UnflaggedWrong.Concat(FlaggedWrong).Concat(ErrorsOnFlagged).Take(30).Select(w => "\n  " + w))
            + string.Concat(RightButFlagged.Take(30).Select(w => "\n  flagged right " + w))
            + (Missing.Count > 0 ? "\n  missing " + string.Join(", ", Missing.Take(12)) : string.Empty);

        public static string Markdown(IReadOnlyList<SweepRow> rows)
        {
            var text = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            text.AppendLine("| rendering | set | exact / expected | flagged right | flagged wrong | **wrong, not flagged** | missing | errors on flagged cells | false errors | text layer exact | OCR pages | CPU s / page |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in rows)
            {
                text.AppendLine(inv, $"| {r.File} | {r.Set} | {r.Exact}/{r.Expected} | {r.FlaggedRight} | {r.FlaggedWrong.Count} | {r.UnflaggedWrong.Count} | {r.Missing.Count} | {r.ErrorsOnFlagged.Count} | {r.FalseErrors} | {r.TextLayerExact?.ToString(inv) ?? "–"} | {r.OcrPages} | {PerPage(r.CpuSeconds, r.OcrPages)} |");
            }

            text.AppendLine();
            text.AppendLine("| set | files | exact / expected | % exact | flagged right | flagged wrong | **wrong, not flagged** | missing | errors on flagged cells | text layer exact | OCR pages | CPU s / page |");
            text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var set in rows.GroupBy(r => r.Set))
            {
                var exact = set.Sum(r => r.Exact);
                var expected = set.Sum(r => r.Expected);
                text.AppendLine(inv, $"| {set.Key} | {set.Count()} | {exact}/{expected} | {100.0 * exact / Math.Max(1, expected):0.00} | {set.Sum(r => r.FlaggedRight)} | {set.Sum(r => r.FlaggedWrong.Count)} | {set.Sum(r => r.UnflaggedWrong.Count)} | {set.Sum(r => r.Missing.Count)} | {set.Sum(r => r.ErrorsOnFlagged.Count)} | {set.Sum(r => r.TextLayerExact ?? 0)} | {set.Sum(r => r.OcrPages)} | {PerPage(set.Sum(r => r.CpuSeconds), set.Sum(r => r.OcrPages))} |");
            }

            var details = rows.Where(r => r.UnflaggedWrong.Count + r.FlaggedWrong.Count + r.ErrorsOnFlagged.Count + r.Missing.Count > 0).ToList();
            if (details.Count > 0)
            {
                text.AppendLine();
                text.AppendLine("Cells not exact:");
                text.AppendLine();
                foreach (var r in details)
                {
                    text.Append("- ").Append(r.File).Append(": ").AppendLine(string.Join("; ", r.UnflaggedWrong.Select(w => "UNFLAGGED " + w).Concat(r.FlaggedWrong.Select(w => "flagged " + w)).Concat(r.ErrorsOnFlagged.Select(e => "error on flagged cell: " + e))
                        .Concat(r.Missing.Count > 0 ? ["missing " + string.Join(", ", r.Missing.Take(12)) + (r.Missing.Count > 12 ? $" … ({r.Missing.Count})" : string.Empty)] : [])));
                }
            }

            return text.ToString();
        }

        private static string PerPage(double seconds, int pages) =>
            pages == 0 ? "–" : (seconds / pages).ToString("0.0", CultureInfo.InvariantCulture);
    }
}
