using System;
using System.CommandLine;
using System.Linq;
using ReportParser.Cli;
using ReportParser.Diagnostics;

Argument<string[]> paths = new("paths")
{
    Description = "Report files or folders (.html/.htm, .docx, .pdf); folders are searched recursively",
    Arity = ArgumentArity.OneOrMore,
};
Option<string> format = new("--format", "-f")
{
    Description = "Output format: text or json",
    DefaultValueFactory = _ => "text",
};
format.AcceptOnlyFromAmong("text", "json");
Option<string?> output = new("--output", "-o") { Description = "Write the output to this file instead of standard output" };
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
    Description = "Language of text messages: zh or en",
    DefaultValueFactory = _ => "zh",
};
language.AcceptOnlyFromAmong("zh", "en");

Command check = new("check", "Check every report under the given paths / 检查年度报告") { paths, format, output, failOn, disable, blankAsZero, language };
check.SetAction(parse => CheckCommand.Run(
    new CheckCommandInput
    {
        Paths = parse.GetValue(paths) ?? [],
        Format = parse.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text,
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
    },
    Console.Out,
    Console.Error));

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
RootCommand root = new("reportparser: 检查政府信息公开工作年度报告的标准表格 / checks the standard tables of Chinese government information disclosure annual reports") { check, diagnostics };
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return ExitCodes.UsageError;
}

return parseResult.Invoke();
