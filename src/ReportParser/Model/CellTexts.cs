namespace ReportParser.Model;

/// <summary>Words reports print in a value cell to mean "nothing / not applicable".</summary>
internal static class CellTexts
{
    public static bool IsNotApplicableWord(string raw)
    {
        var text = raw.Trim();
        return text is "无" or "不适用" or "暂无" or "N/A" or "n/a" or "NA" or "—" or "空";
    }
}
