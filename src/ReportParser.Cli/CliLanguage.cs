using System;
using System.Globalization;

namespace ReportParser.Cli;

/// <summary>
/// The language of one run of the tool: help, parse errors, progress, summary and every output. <c>--lang zh|en</c>
/// decides when given; otherwise the user's UI culture does: an English culture gets English, every other culture
/// (zh-CN, zh-TW, and the invariant culture of a bare Linux shell or container) gets Chinese, the language of the
/// reports and of the officers who check them.
/// </summary>
internal static class CliLanguage
{
    public const string Chinese = "zh";

    public const string English = "en";

    public static string Resolve(string[] args, CultureInfo uiCulture)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--lang" && i + 1 < args.Length)
            {
                return Normalize(args[i + 1]) ?? FromCulture(uiCulture);
            }

            if (arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal))
            {
                return Normalize(arg.Substring("--lang=".Length)) ?? FromCulture(uiCulture);
            }
        }

        return FromCulture(uiCulture);
    }

    public static string FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? English : Chinese;

    /// <summary>The UI culture that makes System.CommandLine's own texts (help headings, parse errors) match.</summary>
    public static CultureInfo UiCulture(string language) =>
        language == English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-Hans");

    private static string? Normalize(string value) => value switch
    {
        Chinese => Chinese,
        English => English,
        _ => null,
    };

    /// <summary>The help labels System.CommandLine's zh-Hans resources leave in English, in Chinese.</summary>
    public static string ChineseHelpLabels(string help) =>
        System.Text.RegularExpressions.Regex.Replace(help, "^Description:", "说明：", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Replace("[default: ", "[默认值：")
            .Replace(" [options]", " [选项]")
            .Replace(" [command]", " [命令]");
}
