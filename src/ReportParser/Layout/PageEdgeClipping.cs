using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>
/// A ruled table wider than the page (an office suite printing a wide web table): its frame runs to the page edge, where
/// the ruling lines are cut, and the text of the columns beyond is either not in the file or lies outside the page box,
/// where no reader of the printed page sees it. Such a table is marked (<see cref="DraftTable.Clipping"/>, read by the
/// assembler for the reading diagnostic), its cells at the cut edge are read as clipped (<see cref="DraftCell.ClippedBy"/>),
/// and the glyphs beyond the page edge beside it are taken out of the running text: what a value or label cut off there
/// belongs to is never guessed.
/// </summary>
internal static class PageEdgeClipping
{
    public const string Left = "left";

    public const string Right = "right";

    /// <summary>The <see cref="DraftCell.ClippedBy"/> note of a cell at the cut left edge.</summary>
    public const string LeftNote = "cut by the left page edge";

    /// <summary>The <see cref="DraftCell.ClippedBy"/> note of a cell at the cut right edge.</summary>
    public const string RightNote = "cut by the right page edge";

    /// <summary>Marks <paramref name="table"/> if the page edge cuts it; returns <paramref name="rest"/> without the glyphs beyond the cut edges beside the table.</summary>
    public static List<Glyph> Apply(DraftTable table, PageContent page, List<Glyph> rest)
    {
        var box = table.FirstBox;
        bool Beside(Glyph g) => g.CenterY >= box.Bottom && g.CenterY <= box.Top;
        var offLeft = rest.Where(g => g.CenterX < 0 && Beside(g)).ToList();
        var offRight = rest.Where(g => g.CenterX > page.Width && Beside(g)).ToList();
        var left = box.Left <= LayoutTolerances.PageEdgeTolerance || offLeft.Count > 0;
        var right = box.Right >= page.Width - LayoutTolerances.PageEdgeTolerance || offRight.Count > 0;
        if (!left && !right)
        {
            return rest;
        }

        table.Clipping = left && right ? Left + "," + Right : left ? Left : Right;
        foreach (var cell in table.Cells)
        {
            if (left && cell.Left <= box.Left + LayoutTolerances.EdgeTolerance)
            {
                cell.ClippedBy = LeftNote;
            }
            else if (right && cell.Right >= box.Right - LayoutTolerances.EdgeTolerance)
            {
                cell.ClippedBy = RightNote;
            }
        }

        return offLeft.Count + offRight.Count == 0 ? rest : rest.Except(offLeft).Except(offRight).ToList();
    }
}
