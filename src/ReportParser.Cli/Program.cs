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

// One language for the whole run (help, parse errors, progress, summary, outputs): --lang, else the UI culture.
var lang = CliLanguage.Resolve(args, System.Globalization.CultureInfo.CurrentUICulture);
System.Globalization.CultureInfo.CurrentUICulture = CliLanguage.UiCulture(lang);
string L(string zh, string en) => lang == CliLanguage.English ? en : zh;

Argument<string[]> paths = new("paths")
{
    Description = L("要检查的报告文件或文件夹；文件夹逐层查找（每个文件都检查，不支持的格式也会报告）", "Report files or folders; folders are searched recursively (every file is checked: unsupported formats are reported)"),
    Arity = ArgumentArity.OneOrMore,
};
Option<string> format = new("--format", "-f")
{
    Description = L("输出格式：text、json、jsonl、csv、xlsx、html 或 sarif", "Output format: text, json, jsonl, csv, xlsx, html or sarif"),
    DefaultValueFactory = _ => "text",
};
format.AcceptOnlyFromAmong("text", "json", "jsonl", "csv", "xlsx", "html", "sarif");
Option<string?> output = new("--output", "-o") { Description = L("把结果写入此文件而不是标准输出（xlsx 必须指定）", "Write the output to this file instead of standard output (required for xlsx)") };
Option<string> failOn = new("--fail-on")
{
    Description = L("使退出码为 1 的最低严重程度：error（错误）、warning（警告）、info（提示）或 none（不因诊断失败）", "Lowest severity that makes the exit code 1: error, warning, info or none"),
    DefaultValueFactory = _ => "error",
};
failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
Option<string[]> disable = new("--disable")
{
    Description = L("要关闭的诊断编号，例如 --disable RP0404 RP0302", "Diagnostic ids to switch off, e.g. --disable RP0404 RP0302"),
    AllowMultipleArgumentsPerToken = true,
};
Option<bool> blankAsZero = new("--blank-as-zero") { Description = L("算术核对中把空白、“—”和“/”单元格当作 0（默认：不参与核对）", "Read blank, '—' and '/' value cells as 0 in the arithmetic checks (default: not assessable)") };
Option<string> language = new("--lang")
{
    Description = L("界面和全部输出的语言：zh（中文）或 en（英文）；默认随系统语言，英文系统用 en，其余用 zh", "Language of help, progress and every output: zh or en; default: the system's language (en on English systems, zh otherwise)"),
    DefaultValueFactory = _ => lang,
};
language.AcceptOnlyFromAmong("zh", "en");
Option<string[]> include = new("--include") { Description = L("在文件夹中只检查匹配的文件，例如 **/*.pdf（默认：全部文件）", "Globs of files to check inside folders, e.g. **/*.pdf (default: all files)"), AllowMultipleArgumentsPerToken = true };
Option<string[]> exclude = new("--exclude") { Description = L("在文件夹中跳过匹配的文件，例如 **/drafts/**", "Globs of files to skip inside folders, e.g. **/drafts/**"), AllowMultipleArgumentsPerToken = true };
Option<int> jobs = new("--jobs", "-j") { Description = L("同时检查的文件数（默认：处理器核数）", "Files checked in parallel (default: the number of cores)"), DefaultValueFactory = _ => Environment.ProcessorCount };
Option<double> timeout = new("--timeout") { Description = L("每个文件的时间上限（秒），超时的文件报告为无法读取（RP0120）；0 表示不限", "Per-file time limit in seconds; a file over it is reported unreadable (RP0120); 0 = no limit"), DefaultValueFactory = _ => 120 };
timeout.Validators.Add(result =>
{
    if (result.GetValueOrDefault<double>() is < 0 or double.NaN)
    {
        result.AddError(L("--timeout 须为 0（不限）或大于 0 的秒数", "--timeout must be 0 (no limit) or a number of seconds above 0"));
    }
});
Option<string?> cache = new("--cache") { Description = L("缓存文件夹（默认：~/.cache/reportparser）；删除它即清除以前的结果", "Cache folder (default: ~/.cache/reportparser); delete it to forget earlier results") };
Option<bool> noCache = new("--no-cache") { Description = L("全部文件重新检查，不使用也不保留缓存", "Check every file again and keep no cache") };
Option<string> progress = new("--progress") { Description = L("在标准错误上显示进度：auto（自动）、bar（进度条）、plain（逐行）或 none（不显示）", "Progress on standard error: auto, bar, plain or none"), DefaultValueFactory = _ => "auto" };
progress.AcceptOnlyFromAmong("auto", "bar", "plain", "none");
Option<string> isolation = new("--isolation")
{
    Description = L("process：每个文件在受监控的工作进程中读取，崩溃、卡死或耗尽内存的文件只影响它自己（RP0122、RP0120、RP0123）；none：在本进程中读取", "process: read each file in a supervised worker process, so a file that crashes, hangs or exhausts memory only fails itself (RP0122, RP0120, RP0123); none: read in this process"),
    DefaultValueFactory = _ => "process",
};
isolation.AcceptOnlyFromAmong("process", "none");
Option<int> memoryLimit = new("--memory-limit") { Description = L("单个工作进程的内存上限（MiB），超出的文件报告为无法读取（RP0123）；0 表示不限", "Memory limit of one worker process in MiB; a file over it is reported unreadable with RP0123 (0 = no limit)"), DefaultValueFactory = _ => 1024 };

Command check = new("check", L("检查指定路径下的每一份年度报告", "Check every report under the given paths"))
{
    paths, format, output, failOn, disable, blankAsZero, language, include, exclude, jobs, timeout, cache, noCache, progress, isolation, memoryLimit,
};
paths.Validators.Add(result => CommandLineHints.RejectMistypedOptions(result, check, lang == CliLanguage.Chinese));
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
        Language = parse.GetValue(language) ?? lang,
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
    Description = L("text（文本）或 markdown（即 docs/diagnostics.md）", "text or markdown (the markdown is docs/diagnostics.md)"),
    DefaultValueFactory = _ => "text",
};
catalogFormat.AcceptOnlyFromAmong("text", "markdown");
Option<string> catalogLanguage = new("--lang") { Description = L("zh（中文）或 en（英文）", "zh or en"), DefaultValueFactory = _ => lang };
catalogLanguage.AcceptOnlyFromAmong("zh", "en");
Command diagnostics = new("diagnostics", L("列出全部诊断编号及其含义", "List every diagnostic id")) { catalogFormat, catalogLanguage };
diagnostics.SetAction(parse =>
{
    Console.Out.Write(parse.GetValue(catalogFormat) == "markdown"
        ? DiagnosticsMarkdown.Render()
        : DiagnosticsMarkdown.RenderText(parse.GetValue(catalogLanguage) == "en" ? System.Globalization.CultureInfo.InvariantCulture : System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    return ExitCodes.Success;
});

Console.OutputEncoding = System.Text.Encoding.UTF8;

// Named "reportparser" whatever the assembly is called (a RootCommand takes the executable's name, ReportParser.Cli),
// so help and usage lines show the command people type.
Command root = new("reportparser", L("reportparser：检查政府信息公开工作年度报告的标准表格", "reportparser: checks the standard tables of Chinese government information disclosure annual reports"))
{
    check,
    diagnostics,
    new System.CommandLine.Help.HelpOption { Description = L("显示帮助和用法", "Show help and usage information") },
    new VersionOption { Description = L("显示版本信息", "Show version information") },
};
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0 && parseResult.CommandResult.Command == check && parseResult.Tokens.Count == 1)
{
    // `reportparser check` alone: show what it needs rather than "Required argument missing".
    WriteHelp(root.Parse(["check", "--help"]));
    return ExitCodes.UsageError;
}

if (parseResult.Action is System.CommandLine.Help.HelpAction)
{
    WriteHelp(parseResult);
    return ExitCodes.Success;
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
        Console.Error.WriteLine(L("reportparser：正在停止（再按 Ctrl+C 立即停止）", "reportparser: stopping (Ctrl+C again to stop at once)"));
        stop.Cancel();
    }
};
return await parseResult.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop.Token).ConfigureAwait(false);

// System.CommandLine's zh-Hans resources leave two help labels in English ("Description:", "[default: …]"): the help is
// rendered to a string and those two are put into Chinese.
void WriteHelp(ParseResult help)
{
    using var text = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
    help.Invoke(new InvocationConfiguration { Output = text });
    Console.Out.Write(lang == CliLanguage.Chinese ? CliLanguage.ChineseHelpLabels(text.ToString()) : text.ToString());
}
