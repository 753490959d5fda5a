using System.Text.RegularExpressions;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Page numbers printed in the top or bottom margin (<c>-3-</c>, <c>- 3 -</c>, <c>— 3 —</c>, <c>3</c>, <c>3/6</c>,
/// <c>第3页</c>, <c>第 3 页 共 6 页</c>): they are not content, and a table continued on the next page must be joined
/// across them.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Fraction of the page height at the bottom where page numbers are looked for.</summary>
    public const double BottomMargin = 0.14;

    /// <summary>Fraction of the page height at the top where page numbers are looked for.</summary>
    public const double TopMargin = 0.08;

    private static readonly Regex PageNumber = new(
        @"^[\s\-–—―－−~·•]*(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?[0-9０-９]{1,4}\s*页?|\s*共\s*[0-9０-９]{1,4}\s*页)?[\s\-–—―－−~·•]*$",
        RegexOptions.CultureInvariant);

    public static bool IsPageNumber(GlyphLine line, double pageHeight)
    {
        var inMargin = line.Baseline <= pageHeight * BottomMargin || line.Top >= pageHeight * (1 - TopMargin);
        return inMargin && line.Glyphs.Count <= 16 && PageNumber.IsMatch(line.Text);
    }
}
