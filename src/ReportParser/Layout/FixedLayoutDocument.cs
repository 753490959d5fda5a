using System.Collections.Generic;
using System.Linq;
using ReportParser.Documents;

namespace ReportParser.Layout;

/// <summary>
/// The layout engine's entry for a whole document. A fixed-layout reader turns each page into a
/// <see cref="PageContent"/> (PDF: the text layer; OCR: the recognised boxes), analyses the pages it can use
/// (<see cref="PageLayout.Analyze(PageContent, LayoutContext)"/>; <see cref="PageLayout.Empty"/> for the others) and hands them here: running
/// headers and footers are removed, lines become paragraphs, tables continued on the next page are joined, and
/// images covering at least <see cref="LayoutTolerances.ContentImageCoverage"/> of a page are kept as image blocks.
/// </summary>
internal static class FixedLayoutDocument
{
    public static List<Block> Assemble(IReadOnlyList<PageLayout> layouts, LayoutContext context)
    {
        RunningLines.Remove(layouts);
        var assembler = new DocumentAssembler(context, DocumentAssembler.BodySize(layouts));
        foreach (var layout in layouts)
        {
            // Checkpoint for the time limit: a page is the unit of work.
            context.CancellationToken.ThrowIfCancellationRequested();
            var area = layout.Page.Width * layout.Page.Height;
            var images = layout.Page.Images.Where(i => area > 0 && i.Width * i.Height >= LayoutTolerances.ContentImageCoverage * area);
            assembler.AddPage(layout, images);
        }

        return assembler.Finish();
    }
}
