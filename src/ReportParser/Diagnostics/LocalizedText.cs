using System.Globalization;

namespace ReportParser.Diagnostics;

/// <summary>Chinese (zh-Hans) and English text for one message; zh-* cultures get the Chinese text, all others English.</summary>
internal readonly record struct LocalizedText(string Chinese, string English)
{
    public string For(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "zh" ? Chinese : English;
}
