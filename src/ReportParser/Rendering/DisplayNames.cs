using System.Globalization;
using ReportParser.Diagnostics;
using ReportParser.Model;

namespace ReportParser.Rendering;

/// <summary>What people read for a status, a severity or a template, in Chinese or English (the JSON contract keeps its own names).</summary>
internal static class DisplayNames
{
    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    public static string Status(ReportStatus status, CultureInfo culture) => status switch
    {
        ReportStatus.Checked => IsChinese(culture) ? "已检查" : "checked",
        ReportStatus.Unreadable => IsChinese(culture) ? "无法读取" : "unreadable",
        _ => IsChinese(culture) ? "不是年度报告" : "not a report",
    };

    public static string Severity(DiagnosticSeverity severity, CultureInfo culture) => severity switch
    {
        DiagnosticSeverity.Error => IsChinese(culture) ? "错误" : "error",
        DiagnosticSeverity.Warning => IsChinese(culture) ? "警告" : "warning",
        _ => IsChinese(culture) ? "提示" : "info",
    };

    public static string Template(TemplateVersion template, CultureInfo culture) => template switch
    {
        TemplateVersion.V2021 => IsChinese(culture) ? "2021年版格式" : template.ToString(),
        TemplateVersion.V2019Trial => IsChinese(culture) ? "2019年试行格式" : template.ToString(),
        TemplateVersion.Pre2019 => IsChinese(culture) ? "2019年以前格式" : template.ToString(),
        _ => IsChinese(culture) ? "格式未识别" : template.ToString(),
    };

    public static string Agency(string? agency, CultureInfo culture) => agency ?? (IsChinese(culture) ? "机关未识别" : "agency not recognised");

    public static string Year(int? year, CultureInfo culture) =>
        year is { } y ? y.ToString(CultureInfo.InvariantCulture) + (IsChinese(culture) ? "年" : string.Empty) : IsChinese(culture) ? "年度未识别" : "year not recognised";
}
