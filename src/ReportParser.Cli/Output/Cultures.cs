using System.Globalization;

namespace ReportParser.Cli.Output;

internal static class Cultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static CultureInfo For(string language) => language.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase) ? Chinese : English;
}
