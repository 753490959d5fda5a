namespace ReportParser.Layout;

/// <summary>
/// Every tolerance of the layout engine, in one place. Lengths are in points (1/72 inch) or in em (the type size of
/// the glyphs concerned); shares are fractions (0–1) of the quantity named; counts are counts. They are constants,
/// not options: the same page always gives the same tables. Each one is listed, with its reason, in
/// <c>docs/pdf-reader.md</c> (a test keeps that list complete).
/// </summary>
internal static class LayoutTolerances
{
    // ---- Glyphs and lines (GlyphText, Glyph) ----

    /// <summary>Top of the em box above the baseline (em).</summary>
    public const double EmBoxAscent = 0.8;

    /// <summary>Bottom of the em box below the baseline (em).</summary>
    public const double EmBoxDescent = 0.2;

    /// <summary>Middle of the em box above the baseline (em): (ascent − descent) / 2.</summary>
    public const double EmBoxMiddle = 0.3;

    /// <summary>Baseline difference within which glyphs share a line (em of the smaller glyph).</summary>
    public const double SameLineEm = 0.4;

    /// <summary>Two copies of one character closer than this (em) are one character printed twice (fake bold, shadow).</summary>
    public const double DuplicateEm = 0.25;

    /// <summary>Gap above which two Latin letters are separate words (em of the larger glyph; a space is 0.25–0.33 em, kerning and tracking stay under 0.1).</summary>
    public const double WordGapEm = 0.15;

    /// <summary>Gap above which two digits are separate numbers (em; kerning and digit grouping stay below it).</summary>
    public const double DigitGapEm = 0.8;

    /// <summary>A vertical label needs at least this percentage of its lines to be one character.</summary>
    public const int VerticalStackMinSinglesPercent = 60;

    /// <summary>Every line of a vertical label lies within this (em) of the stack's axis.</summary>
    public const double VerticalStackAxisEm = 0.75;

    // ---- Ruling lines (RulingLines) ----

    /// <summary>Segments whose positions differ by at most this (points) are on the same line (one border drawn as pieces with rounding noise, or as the two edges of a thin rectangle).</summary>
    public const double CollinearTolerance = 1.5;

    /// <summary>Collinear pieces whose ends are at most this far apart (points) are one segment (borders drawn per cell, hairline gaps at corners).</summary>
    public const double JoinGap = 2.5;

    /// <summary>Merged segments shorter than this (points) are dropped (tick marks, dots, glyph-like strokes).</summary>
    public const double MinRulingLength = 3.0;

    /// <summary>A dot-length piece still weighs this much (points) in the length-weighted position of a merged line.</summary>
    public const double MinSegmentWeight = 0.1;

    /// <summary>A horizontal and a vertical segment touch (belong to one table) when each reaches within this (points) of the other.</summary>
    public const double TouchTolerance = 2.5;

    /// <summary>How far (points) beside a table a lone vertical line may stand and still be its outer border.</summary>
    public const double SideBorderReach = 80.0;

    /// <summary>Share of the shorter of the two heights over which a lone vertical line must run beside a table to be its border.</summary>
    public const double SideBorderOverlap = 0.8;

    // ---- Ruled grids (TableGridBuilder, PageLayout) ----

    /// <summary>Grid lines closer than this (points) are one line (double borders); no real cell is narrower.</summary>
    public const double MinCellSize = 3.0;

    /// <summary>A segment draws the edge of a grid position when it covers at least this share of it.</summary>
    public const double EdgeCoverage = 0.5;

    /// <summary>A grid with at most this many cells holding text (and at most <see cref="OneCellBoxMaxCells"/> cells) is a framed paragraph or a text box, not a table.</summary>
    public const int OneCellBoxMaxFilledCells = 1;

    /// <summary>A grid of at most this many cells (at most <see cref="OneCellBoxMaxFilledCells"/> of them holding text) is a framed paragraph or a text box, not a table.</summary>
    public const int OneCellBoxMaxCells = 2;

    // ---- Tables without ruling lines (TableLineClassifier, ValueColumn, TableFrame, BorderlessColumns, RowAssignment, HeaderSpans, HeaderUngluer) ----

    /// <summary>A gap wider than this (em) between glyphs of one line separates two cells (Latin word gaps stay below it, CJK text has none).</summary>
    public const double ColumnGapEm = 0.5;

    /// <summary>A table line has wide gaps: at most this share of its width is inked (a line of running text with numbers in it is dense).</summary>
    public const double MaxTableLineDensity = 0.75;

    /// <summary>Consecutive lines of one table are at most this far apart (em).</summary>
    public const double MaxRowGapEm = 3.5;

    /// <summary>At most this many lines lie between two data lines of one table.</summary>
    public const int MaxLinesBetweenDataLines = 8;

    /// <summary>Two numbers of consecutive lines are in one column when their extents overlap, widened by this (em) on each side.</summary>
    public const double NumberOverlapEm = 0.5;

    /// <summary>A data line continues a table when at least this percentage of its numbers sit under the table's numbers.</summary>
    public const int MinAlignedNumbersPercent = 60;

    /// <summary>The alignment slack (em) used throughout: numbers within it are one column, a label ends within it of the value area, a boundary stands this far beside aligned numbers.</summary>
    public const double AlignSlackEm = 0.3;

    /// <summary>The numbers of a table: at least this share of them are in columns of two or more.</summary>
    public const double MinSupportedNumbersShare = 0.6;

    /// <summary>A line of at least this many numbers is a table row by itself (表四's one row of numbers).</summary>
    public const int MinNumbersInLoneRow = 5;

    /// <summary>The value area starts this far (em) left of the first value column.</summary>
    public const double ValueLeftMarginEm = 0.5;

    /// <summary>Lines within this share of the table's size (or the body size) are set in the same type size.</summary>
    public const double SameSizeShare = 0.15;

    /// <summary>A line centred on something lies within this (em) of its centre; centred titles and paragraph lines alike.</summary>
    public const double CentredEm = 2.0;

    /// <summary>A centred block title is narrower than this share of the table.</summary>
    public const double MaxTitleWidthShare = 0.8;

    /// <summary>The table size when no glyph gives one (points).</summary>
    public const double FallbackTableSize = 10.0;

    /// <summary>A table's outline reaches this far (points) beyond its outermost glyphs.</summary>
    public const double RegionMargin = 0.5;

    /// <summary>A label chunk's column is the one that holds a point this far (points) right of its left edge.</summary>
    public const double LabelProbe = 0.5;

    /// <summary>At least this many labels must start at one x for it to be a label column's left edge.</summary>
    public const int MinLabelsPerColumn = 3;

    /// <summary>A label column's boundary stands this far (em) left of its labels' left edge.</summary>
    public const double GutterOffsetEm = 0.25;

    /// <summary>Numbers whose left (or right) edges agree within this (points) are left- (or right-) aligned.</summary>
    public const double EdgeAlignment = 1.0;

    /// <summary>Label lines set this far (em) beyond the line pitch inside a cell apart are in different rows (cell padding).</summary>
    public const double RowGapOverPitchEm = 0.15;

    /// <summary>Header lines closer than this (em) are interleaved: set beside each other in one header row.</summary>
    public const double InterleavedEm = 1.0;

    /// <summary>A header chunk's left column is the one that holds a point this far (em) right of its left edge.</summary>
    public const double ColumnProbeEm = 0.25;

    /// <summary>A header chunk wider than this share of its column spans several columns.</summary>
    public const double WideHeaderShare = 0.9;

    /// <summary>A centred header whose centre lies within this share of its column's width from a column boundary is centred on that boundary.</summary>
    public const double OnBoundaryShare = 0.25;

    /// <summary>A spanning header stays centred while its centre is within this share of one column's width of the span's centre.</summary>
    public const double CentredShare = 0.6;

    /// <summary>Glued header text starts at a label column's edge when within this (em) of it.</summary>
    public const double GluedLabelStartEm = 1.5;

    /// <summary>Glued header text over the numbers is cut per column when it fills at least this share of the columns it covers.</summary>
    public const double GluedFillShare = 0.85;

    /// <summary>A nudge (points) that keeps an edge off the boundary it sits on.</summary>
    public const double Epsilon = 0.01;

    // ---- Page furniture (PageFurniture, RunningLines) ----

    /// <summary>Fraction of the page height at the bottom where page numbers and running footers are looked for.</summary>
    public const double BottomMargin = 0.14;

    /// <summary>Fraction of the page height at the top where page numbers and running headers are looked for.</summary>
    public const double TopMargin = 0.08;

    /// <summary>A page number has at most this many glyphs.</summary>
    public const int PageNumberMaxGlyphs = 16;

    /// <summary>A margin line repeated (digits aside) on at least this percentage of the pages, and on two or more, is a running header or footer.</summary>
    public const int RunningLineMinPagesPercent = 50;

    // ---- Across pages (TableStitcher) ----

    /// <summary>A table whose bottom rules cover less than this share of its width is open at the bottom (a row going on over the page break).</summary>
    public const double ClosedBottomShare = 0.9;

    /// <summary>A line below an open table continues its last row when it starts at most this many em below the table (or the line above it).</summary>
    public const double OpenRowTailGapEm = 1.0;

    /// <summary>A ruled table whose frame reaches this close (points) to the left or right page edge is cut by it.</summary>
    public const double PageEdgeTolerance = 1.0;

    /// <summary>Outer edges and column lines of two parts of a ruled table match within this many points.</summary>
    public const double EdgeTolerance = 3.0;

    /// <summary>The value columns of two parts of a table without ruling lines match within this many points.</summary>
    public const double ValueLineTolerance = 6.0;

    // ---- Paragraphs and images (DocumentAssembler, FixedLayoutDocument) ----

    /// <summary>A line starting more than this (em) right of the margin is indented: a new paragraph.</summary>
    public const double IndentEm = 1.0;

    /// <summary>A line ending more than this (em) before the right margin ends its paragraph.</summary>
    public const double ShortLineEm = 1.5;

    /// <summary>A baseline distance above this many times the page's usual line pitch is a paragraph gap.</summary>
    public const double ParagraphGapFactor = 1.45;

    /// <summary>A baseline distance under this (em) is never a paragraph gap, whatever the page's usual pitch.</summary>
    public const double MinParagraphGapEm = 1.2;

    /// <summary>Lines further apart than this (em) are never one paragraph, even on a page of one-line paragraphs.</summary>
    public const double MaxLinePitchEm = 2.1;

    /// <summary>Lines closer than this (em) are not consecutive lines of a paragraph (overprint, sub- and superscripts).</summary>
    public const double MinLineDistanceEm = 0.5;

    /// <summary>Baseline distances of at least this (em) are not line pitches (they are gaps around tables or headings).</summary>
    public const double MaxPitchSampleEm = 4.0;

    /// <summary>The usual line pitch of a page is the 1/n-th smallest distance between consecutive lines (n = this).</summary>
    public const int PitchQuantile = 5;

    /// <summary>The left margin of a page is the 1/n-th smallest left edge of its body lines (n = this), robust to a stray outdented line.</summary>
    public const int LeftMarginQuantile = 10;

    /// <summary>With fewer body-size lines than this, all lines of the page give its margins.</summary>
    public const int MinBodyLinesForMargins = 3;

    /// <summary>
    /// With fewer body-size lines than this a page's margins are those of the last page of the same width that had
    /// enough: four indented one-line paragraphs above a table do not show where the margin is.
    /// </summary>
    public const int MinBodyLinesForOwnMargins = 6;

    /// <summary>Two pages whose widths differ by at most this (points) are the same page size.</summary>
    public const double SamePageWidth = 1.0;

    /// <summary>The body size when a document has no lines (points).</summary>
    public const double FallbackBodySize = 12.0;

    /// <summary>A paragraph set at least this many times the body size is a heading.</summary>
    public const double HeadingSizeFactor = 1.25;

    /// <summary>A title set in centred lines (one paragraph) is larger than this many times the body size.</summary>
    public const double TitleSizeFactor = 1.1;

    /// <summary>The lines of a title set in centred lines agree in size within this share.</summary>
    public const double TitleSameSizeShare = 0.05;

    /// <summary>An image covering at least this share of a page is content (a table or chart as a picture), not a logo or seal.</summary>
    public const double ContentImageCoverage = 0.08;
}
