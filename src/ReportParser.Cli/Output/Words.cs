using System.Globalization;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Cli.Output;

/// <summary>What the outputs say for a status, a severity, a template or a missing value, in the language of <c>--lang</c>.</summary>
internal sealed class Words(CultureInfo culture)
{
    public bool Chinese { get; } = culture.TwoLetterISOLanguageName == "zh";

    public CultureInfo Culture { get; } = culture;

    public string Pick(string chinese, string english) => Chinese ? chinese : english;

    public string Status(ReportStatus status) => status switch
    {
        ReportStatus.Checked => Pick("已检查", "checked"),
        ReportStatus.Unreadable => Pick("无法读取", "unreadable"),
        _ => Pick("不是年度报告", "not a report"),
    };

    public string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Pick("错误", "error"),
        DiagnosticSeverity.Warning => Pick("警告", "warning"),
        _ => Pick("提示", "info"),
    };

    public string Template(TemplateVersion template) => template switch
    {
        TemplateVersion.V2021 => Pick("2021年版格式", template.ToString()),
        TemplateVersion.V2019Trial => Pick("2019年试行格式", template.ToString()),
        TemplateVersion.Pre2019 => Pick("2019年以前格式", template.ToString()),
        _ => Pick("格式未识别", template.ToString()),
    };

    public string Agency(string? agency) => agency ?? Pick("机关未识别", "agency not recognised");

    public string Year(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : Pick("年度未识别", "year not recognised");

    public string Format(SourceFormat format) => format switch
    {
        SourceFormat.Html => Pick("网页 HTML", "HTML"),
        SourceFormat.Docx => Pick("Word 文档 DOCX", "DOCX"),
        SourceFormat.Doc => Pick("Word 97-2003 文档", "Word 97-2003"),
        SourceFormat.Pdf => "PDF",
        _ => Pick("未知", "unknown"),
    };

    public string YesNo(bool value) => value ? Pick("是", "yes") : Pick("否", "no");
}
