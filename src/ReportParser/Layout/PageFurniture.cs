using System.Text.RegularExpressions;

namespace ReportParser.Layout;

/// <summary>
/// Page numbers printed in the top or bottom margin (<c>-3-</c>, <c>- 3 -</c>, <c>— 3 —</c>, <c>3</c>, <c>3/6</c>,
/// <c>第3页</c>, <c>第 3 页 共 6 页</c>): they are not content, and a table continued on the next page must be joined
/// across them.
/// </summary>
internal static class PageFurniture
{
    private static readonly Regex PageNumber = new(
        @"^[\s\-–—―－−~·•]*(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?[0-9０-９]{1,4}\s*页?|\s*共\s*[0-9０-９]{1,4}\s*页)?[\s\-–—―－−~·•]*$",
        RegexOptions.CultureInvariant);

    public static bool IsPageNumber(GlyphLine line, double pageHeight) =>
        InMargin(line, pageHeight) && line.Glyphs.Count <= LayoutTolerances.PageNumberMaxGlyphs && PageNumber.IsMatch(line.Text);

    /// <summary>True for a line in the bottom <see cref="LayoutTolerances.BottomMargin"/> or the top <see cref="LayoutTolerances.TopMargin"/> of the page.</summary>
    public static bool InMargin(GlyphLine line, double pageHeight) =>
        line.Baseline <= pageHeight * LayoutTolerances.BottomMargin || line.Top >= pageHeight * (1 - LayoutTolerances.TopMargin);
}
