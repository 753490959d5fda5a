using System;
using System.CommandLine;
using System.Linq;
using ReportParser.Cli;
using ReportParser.Diagnostics;
using ReportParser.Isolation;

if (args is [WorkerHost.Verb, ..])
{
    // Hidden: a worker process of the batch runner (see --isolation).
    return WorkerHost.Run();
}

Argument<string[]> paths = new("paths")
{
    Description = "Report files or folders; folders are searched recursively (every file is checked: unsupported formats are reported)",
    Arity = ArgumentArity.OneOrMore,
};
Option<string> format = new("--format", "-f")
{
    Description = "Output format: text, json, jsonl, csv, xlsx, html or sarif",
    DefaultValueFactory = _ => "text",
};
format.AcceptOnlyFromAmong("text", "json", "jsonl", "csv", "xlsx", "html", "sarif");
Option<string?> output = new("--output", "-o") { Description = "Write the output to this file instead of standard output (required for xlsx)" };
Option<string> failOn = new("--fail-on")
{
    Description = "Lowest severity that makes the exit code 1: error, warning, info or none",
    DefaultValueFactory = _ => "error",
};
failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
Option<string[]> disable = new("--disable")
{
    Description = "Diagnostic ids to switch off, e.g. --disable RP0404 RP0302",
    AllowMultipleArgumentsPerToken = true,
};
Option<bool> blankAsZero = new("--blank-as-zero") { Description = "Read blank, '—' and '/' value cells as 0 in the arithmetic checks (default: not assessable)" };
Option<string> language = new("--lang")
{
    Description = "Language of messages in text and html output: zh or en",
    DefaultValueFactory = _ => "zh",
};
language.AcceptOnlyFromAmong("zh", "en");
Option<string[]> include = new("--include") { Description = "Globs of files to check inside folders, e.g. **/*.pdf (default: all files)", AllowMultipleArgumentsPerToken = true };
Option<string[]> exclude = new("--exclude") { Description = "Globs of files to skip inside folders, e.g. **/drafts/**", AllowMultipleArgumentsPerToken = true };
Option<int> jobs = new("--jobs", "-j") { Description = "Files checked in parallel (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
Option<double> timeout = new("--timeout") { Description = "Per-file time limit in seconds; a file over it is reported unreadable (0 = no limit)", DefaultValueFactory = _ => 120 };
timeout.Validators.Add(result =>
{
    if (result.GetValueOrDefault<double>() is < 0 or double.NaN)
    {
        result.AddError("--timeout must be 0 (no limit) or a number of seconds above 0");
    }
});
Option<string?> cache = new("--cache") { Description = "Cache folder (default: ~/.cache/reportparser); delete it to forget earlier results" };
Option<bool> noCache = new("--no-cache") { Description = "Check every file again and keep no cache" };
Option<string> progress = new("--progress") { Description = "Progress on standard error: auto, bar, plain or none", DefaultValueFactory = _ => "auto" };
progress.AcceptOnlyFromAmong("auto", "bar", "plain", "none");
Option<string> isolation = new("--isolation")
{
    Description = "process: read each file in a supervised worker process, so a file that crashes, hangs or exhausts memory only fails itself (RP0122, RP0120, RP0123); none: read in this process",
    DefaultValueFactory = _ => "process",
};
isolation.AcceptOnlyFromAmong("process", "none");
Option<int> memoryLimit = new("--memory-limit") { Description = "Memory limit of one worker process in MiB; a file over it is reported unreadable with RP0123 (0 = no limit)", DefaultValueFactory = _ => 1024 };

Command check = new("check", "Check every report under the given paths / 检查年度报告")
{
    paths, format, output, failOn, disable, blankAsZero, language, include, exclude, jobs, timeout, cache, noCache, progress, isolation, memoryLimit,
};
paths.Validators.Add(result => CommandLineHints.RejectMistypedOptions(result, check));
check.SetAction(async (parse, cancellationToken) => await CheckCommand.RunAsync(
    new CheckCommandInput
    {
        Paths = parse.GetValue(paths) ?? [],
        Format = Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "text", ignoreCase: true),
        Output = parse.GetValue(output),
        FailOn = parse.GetValue(failOn) switch
        {
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            "none" => null,
            _ => DiagnosticSeverity.Error,
        },
        Disable = parse.GetValue(disable) ?? [],
        BlankAsZero = parse.GetValue(blankAsZero),
        Language = parse.GetValue(language) ?? "zh",
        Include = parse.GetValue(include) ?? [],
        Exclude = parse.GetValue(exclude) ?? [],
        Jobs = parse.GetValue(jobs),
        Timeout = parse.GetValue(timeout) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null,
        CacheFolder = parse.GetValue(cache),
        NoCache = parse.GetValue(noCache),
        Progress = Enum.Parse<ReportParser.Cli.Progress.ProgressMode>(parse.GetValue(progress) ?? "auto", ignoreCase: true),
        Isolation = parse.GetValue(isolation) == "none" ? IsolationMode.None : IsolationMode.Process,
        MemoryLimitMegabytes = parse.GetValue(memoryLimit),
    },
    Console.OpenStandardOutput(),
    Console.Error,
    Console.IsErrorRedirected,
    cancellationToken).ConfigureAwait(false));

Option<string> catalogFormat = new("--format", "-f")
{
    Description = "text or markdown (the markdown is docs/diagnostics.md)",
    DefaultValueFactory = _ => "text",
};
catalogFormat.AcceptOnlyFromAmong("text", "markdown");
Option<string> catalogLanguage = new("--lang") { Description = "zh or en", DefaultValueFactory = _ => "zh" };
catalogLanguage.AcceptOnlyFromAmong("zh", "en");
Command diagnostics = new("diagnostics", "List every diagnostic id / 列出全部诊断") { catalogFormat, catalogLanguage };
diagnostics.SetAction(parse =>
{
    Console.Out.Write(parse.GetValue(catalogFormat) == "markdown"
        ? DiagnosticsMarkdown.Render()
        : DiagnosticsMarkdown.RenderText(parse.GetValue(catalogLanguage) == "en" ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    return ExitCodes.Success;
});

Console.OutputEncoding = System.Text.Encoding.UTF8;

// `--lang zh|en` also sets the language of System.CommandLine's own texts (help headings, parse errors).
var langAt = Array.FindIndex(args, a => a == "--lang");
if (langAt >= 0 && langAt + 1 < args.Length)
{
    System.Globalization.CultureInfo.CurrentUICulture = args[langAt + 1] == "zh"
        ? System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")
        : System.Globalization.CultureInfo.InvariantCulture;
}

// Named "reportparser" whatever the assembly is called (a RootCommand takes the executable's name, ReportParser.Cli),
// so help and usage lines show the command people type.
Command root = new("reportparser", "reportparser: 检查政府信息公开工作年度报告的标准表格 / checks the standard tables of Chinese government information disclosure annual reports")
{
    check,
    diagnostics,
    new System.CommandLine.Help.HelpOption(),
    new VersionOption(),
};
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0 && parseResult.CommandResult.Command == check && parseResult.Tokens.Count == 1)
{
    // `reportparser check` alone: show what it needs rather than "Required argument missing".
    root.Parse(["check", "--help"]).Invoke();
    return ExitCodes.UsageError;
}

if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return ExitCodes.UsageError;
}

// Ctrl+C stops the check without a trace: the first press cancels (the files being read finish, the output file is not
// written, temporary files are removed); a second press ends the process at once.
using var stop = new System.Threading.CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!stop.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine("reportparser: stopping (Ctrl+C again to stop at once)");
        stop.Cancel();
    }
};
return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop.Token).ConfigureAwait(false);
