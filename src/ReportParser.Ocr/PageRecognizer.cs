using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportParser.Imaging;
using ReportParser.Ocr.Imaging;
using ReportParser.Ocr.Recognition;

namespace ReportParser.Ocr;

/// <summary>
/// Reads one page image: straighten (<see cref="Deskew"/>), find the ruling lines (<see cref="Rulings"/>) and the cells
/// they enclose (<see cref="CellFinder"/>), find text lines per cell and outside the tables (<see cref="TextLines"/>),
/// recognise every line crop in batches (<see cref="TextRecognizer"/>) and decode it: restricted to number characters
/// when the line is a value (no CJK character in the unrestricted reading), else over the whole alphabet.
/// </summary>
internal sealed class PageRecognizer
{
    /// <summary>A value read with a lower confidence than this is doubtful.</summary>
    public const double DoubtfulBelow = 0.90;

    /// <summary>Crops are at least this tall (inches), so a dash or a dot keeps its proportions.</summary>
    public const double MinCropInches = 0.09;

    /// <summary>A crop is this many times as tall as its ink (the recogniser was trained on lines that fill about two thirds of the height).</summary>
    public const double CropHeightFactor = 1.5;

    /// <summary>The crop height factor of the second reading of a doubtful value (<see cref="PageRecognizer"/>.SecondOpinion).</summary>
    public const double SecondCropHeightFactor = 2.1;

    private readonly TextRecognizer _recognizer;
    private readonly CtcDecoder _decoder;

    /// <summary>The line recogniser this page recogniser runs.</summary>
    public TextRecognizer Recognizer => _recognizer;

    public PageRecognizer(TextRecognizer recognizer)
    {
        _recognizer = recognizer;
        _decoder = new CtcDecoder(recognizer.Alphabet);
    }

    public OcrPage Recognize(GrayImage image, double dpi, CancellationToken cancellationToken) =>
        Read(Prepare(image, dpi, cancellationToken), cancellationToken);

    /// <summary>Everything before recognition: deskew, rulings, cells, text lines and their crops.</summary>
    public static PreparedPage Prepare(GrayImage image, double dpi, CancellationToken cancellationToken)
    {
        var threshold = image.OtsuThreshold();
        var ink = image.InkMask(threshold);
        var angle = Deskew.FindAngle(ink, image.Width, image.Height);
        if (Math.Abs(angle) >= Deskew.MinCorrection)
        {
            image = Deskew.Rotate(image, angle);
            ink = image.InkMask(threshold);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var found = Rulings.Find(ink, image.Width, image.Height, dpi);
        var bridges = Rulings.Bridge(found, image, threshold, dpi);
        var cells = CellFinder.Find([.. found, .. bridges, .. Rulings.OpenEdges(found, dpi)], image.Width, image.Height, out var walls);
        var rulings = Rulings.Join([.. found, .. bridges]);
        var runs = FindRuns(ink, walls, image, cells, dpi);
        cancellationToken.ThrowIfCancellationRequested();
        var crops = runs.Select(r => Crop(image, walls, r, dpi)).ToList();
        return new PreparedPage(image, dpi, angle, rulings, runs, crops) { Ink = ink, Walls = walls };
    }

    /// <summary>Recognition and decoding of a prepared page.</summary>
    public OcrPage Read(PreparedPage page, CancellationToken cancellationToken)
    {
        var (image, dpi, runs) = (page.Image, page.Dpi, page.Runs);
        var crops = page.Crops.ToList();
        var scores = _recognizer.Recognize(crops.Select(c => c.Image).ToList(), cancellationToken);
        var scale = 72.0 / dpi;
        var texts = new List<OcrText>();
        var fulls = scores.Select(_decoder.DecodeAll).ToList();

        // A cell whose every line reads without a CJK character holds a number (wrapped over lines in a narrow cell).
        var numeric = new Dictionary<int, bool>();
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Cell >= 0)
            {
                numeric[runs[i].Cell] = numeric.GetValueOrDefault(runs[i].Cell, true) && !fulls[i].Chars.Any(c => IsCjk(c.Text));
            }
        }

        SecondOpinion(page, numeric, scores, fulls, crops);
        var cellRuns = runs.Where(r => r.Cell >= 0).GroupBy(r => r.Cell).ToDictionary(g => g.Key, g => g.Count());
        var textHeight = TextHeight(runs, dpi);
        for (var i = 0; i < runs.Count; i++)
        {
            var single = runs[i].Cell < 0 || numeric[runs[i].Cell];
            var alone = runs[i].Cell < 0 || cellRuns[runs[i].Cell] == 1;
            if (runs[i].Cell >= 0 && Dash(runs[i], page.Ink, image.Width, dpi, textHeight) is { } dash)
            {
                // Beside other lines in the cell a bar is a piece of a ruling or an underline as likely as a dash.
                EmitDash(runs[i], alone ? dash : (dash.Text, true, "a dash beside other lines in the cell"), image.Height, scale, texts);
                continue;
            }

            // Outside tables, a glyph-sized run the recogniser reads as nothing may be a lone digit of a table without
            // rulings (a faint "0"): never dropped, read as a number and doubtful.
            var unread = runs[i].Cell < 0 && fulls[i].Chars.Count == 0 && runs[i].Ink.Height >= 0.5 * textHeight && runs[i].Ink.Width >= 0.2 * textHeight;
            Emit(runs[i], crops[i].X0, scores[i], fulls[i], (single, alone, unread ? "ink that the recogniser read as nothing without the digit restriction" : Suspect(runs[i], textHeight)), image.Height, scale, texts);
        }

        var ocrRulings = page.Rulings.Select(r => ToPoints(r, image.Height, scale));
        return new OcrPage(image.Width * scale, image.Height * scale, texts, ocrRulings) { Deskew = page.Angle, Resolution = dpi };
    }

    private static List<TextRun> FindRuns(byte[] ink, byte[] walls, GrayImage image, List<PixelBox> cells, double dpi)
    {
        var runs = new List<TextRun>();
        var outside = (byte[])walls.Clone();
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            TextLines.Find(ink, walls, image.Width, Inset(cell, dpi), c, split: false, dpi, runs);
            for (var y = cell.Y0; y < cell.Y1; y++)
            {
                outside.AsSpan((y * image.Width) + cell.X0, cell.Width).Fill(1);
            }
        }

        TextLines.Find(ink, outside, image.Width, new PixelBox(0, 0, image.Width, image.Height), -1, split: true, dpi, runs);
        return runs;
    }

    /// <summary>
    /// How far (inches) inside its left and right ruling lines a cell's text is looked for: ink closer to the border is a
    /// ruling's edge (a line blurred, doubled or broken by the scan), never the cell's text, which keeps a padding from the
    /// sides. (Not at the top and bottom: in a tight row the digits come within a pixel of the lines.)
    /// </summary>
    public const double CellMarginInches = 0.01;

    private static PixelBox Inset(PixelBox cell, double dpi)
    {
        var m = Math.Max(1, (int)Math.Round(CellMarginInches * dpi));
        return cell.Width > 4 * m ? cell with { X0 = cell.X0 + m, X1 = cell.X1 - m } : cell;
    }

    /// <summary>The run's ink box with a margin (<see cref="CropHeightFactor"/>), clipped to its region, rulings whitened, at least <see cref="MinCropInches"/> tall.</summary>
    private static (GrayImage Image, int X0) Crop(GrayImage image, byte[] walls, TextRun run, double dpi, double factor = CropHeightFactor)
    {
        var ink = run.Ink;
        var height = Math.Max((int)Math.Ceiling(ink.Height * factor), (int)(MinCropInches * dpi));
        var padY = Math.Max((height - ink.Height) / 2, 0);
        var padX = (int)Math.Ceiling(0.3 * height);
        var x0 = Math.Max(ink.X0 - padX, 0);
        var x1 = Math.Min(ink.X1 + padX, image.Width);
        var y0 = Math.Max(ink.Y0 - padY, 0);
        var y1 = Math.Min(ink.Y1 + padY, image.Height);
        var w = x1 - x0;
        var h = y1 - y0;
        var pixels = new byte[w * h];
        pixels.AsSpan().Fill(255);
        var region = run.Region;
        for (var y = Math.Max(y0, region.Y0); y < Math.Min(y1, region.Y1); y++)
        {
            var source = image.Pixels.AsSpan((y * image.Width) + x0, w);
            var wall = walls.AsSpan((y * image.Width) + x0, w);
            var target = pixels.AsSpan((y - y0) * w, w);
            for (var x = Math.Max(x0, region.X0) - x0; x < Math.Min(x1, region.X1) - x0; x++)
            {
                target[x] = wall[x] != 0 ? (byte)255 : source[x];
            }
        }

        return (new GrayImage(w, h, pixels), x0);
    }

    /// <summary>
    /// A value line read doubtfully is recognised again from a taller crop (<see cref="SecondCropHeightFactor"/>: the
    /// glyphs smaller in the model's frame, which resolves the thin digits of some fonts, "2" read as "N", "0" as "o").
    /// When that reading is certain and gives the same number, the second reading is kept; otherwise the first, doubtful.
    /// </summary>
    private void SecondOpinion(PreparedPage page, Dictionary<int, bool> numeric, LineScores[] scores, List<DecodedLine> fulls, List<(GrayImage Image, int X0)> crops)
    {
        var retry = Enumerable.Range(0, page.Runs.Count)
            .Where(i => page.Runs[i].Cell >= 0 && numeric[page.Runs[i].Cell] && NumberIsDoubtful(scores[i], fulls[i]))
            .ToList();
        if (retry.Count == 0)
        {
            return;
        }

        var again = retry.Select(i => Crop(page.Image, page.Walls, page.Runs[i], page.Dpi, SecondCropHeightFactor)).ToList();
        var scoresAgain = _recognizer.Recognize(again.Select(c => c.Image).ToList(), default);
        for (var j = 0; j < retry.Count; j++)
        {
            var i = retry[j];
            var full = _decoder.DecodeAll(scoresAgain[j]);
            if (!NumberIsDoubtful(scoresAgain[j], full) && _decoder.DecodeNumber(scoresAgain[j]).Text == _decoder.DecodeNumber(scores[i]).Text)
            {
                (scores[i], fulls[i], crops[i]) = (scoresAgain[j], full, again[j]);
            }
        }
    }

    private bool NumberIsDoubtful(LineScores scores, DecodedLine full)
    {
        var line = _decoder.DecodeNumber(scores);
        return line.Chars.Count == 0 || line.Confidence < DoubtfulBelow || NumberDoubt(full, line) is not null;
    }

    /// <summary>The median ink height of the text lines in cells (at least 0.05 in tall: not dashes or specks), or 10.5 pt at 0.75 em.</summary>
    private static double TextHeight(List<TextRun> runs, double dpi)
    {
        var heights = runs.Where(r => r.Cell >= 0 && r.Ink.Height >= 0.05 * dpi).Select(r => r.Ink.Height).OrderBy(h => h).ToList();
        return heights.Count > 0 ? heights[heights.Count / 2] : 10.5 / 72 * dpi * 0.75;
    }

    /// <summary>
    /// A run in a cell that is one flat bar of ink is a dash, read from its shape (the line model reads a lone dash
    /// as "一", "-" or nothing): an em dash "—" when it is at least 0.65 em long, a hyphen "-" when at most 0.45 em
    /// (em from the page's text height, 0.8 em), doubtful between. Null when the run is not a bar.
    /// </summary>
    private static (string Text, bool Doubtful, string? Note)? Dash(TextRun run, byte[] ink, int width, double dpi, double textHeight)
    {
        var box = run.Ink;
        if (box.Height > 0.045 * dpi || box.Height * 3 > box.Width || box.Width < 0.03 * dpi)
        {
            return null;
        }

        // Solid (most of the box inked), or a bar that scan noise thinned here and there (ink in nearly every column).
        var count = 0;
        var columns = 0;
        for (var x = box.X0; x < box.X1; x++)
        {
            var column = 0;
            for (var y = box.Y0; y < box.Y1; y++)
            {
                column += ink[(y * width) + x];
            }

            count += column;
            columns += column > 0 ? 1 : 0;
        }

        if (count < 0.6 * box.Width * box.Height && columns < 0.9 * box.Width)
        {
            return null;
        }

        var ems = box.Width / (textHeight / 0.8);
        return ems >= 0.65 ? ("—", false, null) : ems <= 0.45 ? ("-", false, null) : ("—", true, "a dash between a hyphen and an em dash long");
    }

    /// <summary>
    /// A reason to doubt a number read from a run whatever the recogniser says: ink touching the cell's left or right
    /// border (a ruling's edge, not text, which keeps clear of the sides), or ink too flat for a digit (digits stand at least half the text
    /// height; a flat bar read as "1" is a dash or a ruling fragment).
    /// </summary>
    private static string? Suspect(TextRun run, double textHeight)
    {
        if (run.Cell < 0)
        {
            return null;
        }

        var (ink, region) = (run.Ink, run.Region);
        if (ink.X0 <= region.X0 || ink.X1 >= region.X1)
        {
            return "ink touching the cell's side (a piece of a ruling line?)";
        }

        return ink.Height < 0.5 * textHeight ? "ink too flat for a digit (a dash or a piece of a ruling line?)" : null;
    }

    private static void EmitDash(TextRun run, (string Text, bool Doubtful, string? Note) dash, int imageHeight, double scale, List<OcrText> texts)
    {
        var em = Math.Max(Math.Round(run.Ink.Width * scale * 2) / 2, 1);
        texts.Add(new OcrText
        {
            Text = dash.Text,
            Left = run.Ink.X0 * scale,
            Right = run.Ink.X1 * scale,
            Baseline = (imageHeight - run.Ink.Y1) * scale - (0.3 * em),
            Size = em,
            Confidence = dash.Doubtful ? 0.5 : 0.99,
            Doubtful = dash.Doubtful,
            Note = dash.Doubtful ? dash.Note : null,
        });
    }

    private void Emit(TextRun run, int cropX0, LineScores scores, DecodedLine full, (bool SingleLine, bool Alone, string? Suspect) cell, int imageHeight, double scale, List<OcrText> texts)
    {
        var (singleLine, alone) = (cell.SingleLine, cell.Alone);
        // A cell line without a CJK character is a value (a lone "0" may come out as "o", a "1" as "I"); outside
        // tables a run must also hold a digit (a page number, a date), and a lone 一 in a cell is a dash.
        var unread = run.Cell < 0 && full.Chars.Count == 0 && cell.Suspect is not null;
        var number = unread || (singleLine && (full.Chars.Count > 0 || run.Cell >= 0)
            && (!full.Chars.Any(c => IsCjk(c.Text)) || (run.Cell >= 0 && full.Text is "一" or "一一"))
            && (run.Cell >= 0 || full.Chars.Any(c => char.IsDigit(c.Text[0])) || full.Chars.All(c => LookAlike(c.Text) is { Length: 1 } m && char.IsDigit(m[0]))));
        var line = number ? _decoder.DecodeNumber(scores) : Prose(full);
        var doubt = number ? NumberDoubt(full, line) : null;
        if (number && cell.Suspect is not null && (unread || line.Chars.Any(c => char.IsDigit(c.Text[0]))))
        {
            doubt = cell.Suspect;
        }
        else if (number && line.Chars.Count == 1 && char.IsDigit(line.Chars[0].Text[0]) && run.Ink.Width > 1.2 * run.Ink.Height)
        {
            // One digit is taller than wide; a wide blot read as one (一、 as "1") is something else.
            doubt = "one digit read from ink wider than tall";
        }

        if (line.Chars.Count == 0)
        {
            // (Only the cell's one run: beside other lines an unreadable run is a speck of scan noise.)
            if (run.Ink.Width > 2 && run.Ink.Height > 2 && number && alone)
            {
                // Ink that decodes to nothing (a lone glyph the line model does not see): the likeliest number
                // character, doubtful whatever its probability.
                var (best, p) = _decoder.LikeliestNumberCharacter(scores);
                line = new DecodedLine([new DecodedChar(best ?? "?", 0, scores.Frames - 1, p)], p, "ink that the recogniser read as nothing" + (best is null ? string.Empty : "; likeliest '" + best + "'"));
                doubt = line.Doubt;
            }
            else
            {
                return;
            }
        }

        var cjk = line.Chars.Any(c => IsCjk(c.Text));
        var em = run.Ink.Height * scale / (cjk ? 0.92 : number ? 0.72 : 0.8);
        em = Math.Max(Math.Round(em * 2) / 2, 1);
        var baseline = ((imageHeight - run.Ink.Y1) * scale) + (cjk ? 0.1 * em : 0);
        var doubtful = number && (line.Confidence < DoubtfulBelow || doubt is not null || line.Chars.Any(c => c.Text == "?"));
        var note = doubtful ? doubt ?? line.Doubt ?? "low confidence" : null;
        var first = texts.Count;
        foreach (var c in line.Chars)
        {
            if (c.Text == " ")
            {
                continue;
            }

            var centre = (cropX0 + (((c.FirstFrame + c.LastFrame + 1) / 2.0) * scores.PixelsPerFrame)) * scale;
            var half = (IsCjk(c.Text) ? 0.47 : 0.25) * em;
            if (number)
            {
                // A number's characters abut across its ink (frame centres of narrow glyphs such as "+" or "1" would
                // leave gaps that read as spaces).
                var step = (double)run.Ink.Width / line.Chars.Count;
                var k = texts.Count - first;
                centre = (run.Ink.X0 + ((k + 0.5) * step)) * scale;
                half = step * scale / 2;
            }

            texts.Add(new OcrText
            {
                Text = c.Text,
                Left = centre - half,
                Right = centre + half,
                Baseline = baseline,
                Size = em,
                Confidence = Math.Round(number ? line.Confidence : c.Confidence, 3),
                Doubtful = doubtful,
                Note = note,
            });
        }
    }

    /// <summary>
    /// In running text a lone 0 between ideographs is read as 〇 (or o): it is a 0 next to a digit, or between an
    /// ideograph and a unit (全年收取…费 0 元), but not inside a date written in Chinese numerals (二〇二四年).
    /// </summary>
    private static DecodedLine Prose(DecodedLine line)
    {
        var chars = line.Chars;
        List<DecodedChar>? fixedChars = null;
        for (var i = 0; i < chars.Count; i++)
        {
            if (chars[i].Text is not ("〇" or "o" or "O" or "○"))
            {
                continue;
            }

            var left = i > 0 ? chars[i - 1].Text : string.Empty;
            var right = i + 1 < chars.Count ? chars[i + 1].Text : string.Empty;
            var nextToDigit = IsDigit(left) || IsDigit(right);
            var betweenWords = IsCjk(left) && IsCjk(right) && !IsChineseNumeral(left) && !IsChineseNumeral(right);
            if (nextToDigit || betweenWords)
            {
                fixedChars ??= new List<DecodedChar>(chars);
                fixedChars[i] = chars[i] with { Text = "0" };
            }
        }

        return fixedChars is null ? line : line with { Chars = fixedChars };

        static bool IsDigit(string s) => s.Length == 1 && s[0] is >= '0' and <= '9';
        static bool IsChineseNumeral(string s) => s.Length == 1 && "〇零一二三四五六七八九十百千万".Contains(s[0], StringComparison.Ordinal);
    }

    /// <summary>A reason to doubt a number: the unrestricted reading has a character that is not a digit or a known look-alike.</summary>
    private static string? NumberDoubt(DecodedLine full, DecodedLine number)
    {
        var mapped = string.Concat(full.Chars.Select(c => LookAlike(c.Text)));
        return mapped == number.Text ? null : "read as '" + full.Text + "' without the digit restriction";
    }

    private static string LookAlike(string text) => text switch
    {
        { Length: 1 } when text[0] is >= '０' and <= '９' => ((char)(text[0] - '０' + '0')).ToString(),
        "＋" => "+",
        "．" => ".",
        "o" or "O" or "〇" or "○" or "D" => "0",
        "l" or "I" or "|" or "丨" or "i" => "1",
        "。" or "·" => ".",
        "，" => ",",
        "一" or "－" => "-",
        _ => text,
    };

    private static bool IsCjk(string text) => text.Length > 0 && text[0] >= '\u2E80' && text[0] != '—';

    private static OcrRuling ToPoints(PixelRuling r, int imageHeight, double scale) => r.Horizontal
        ? new OcrRuling(true, (imageHeight - r.Position) * scale, r.Start * scale, r.End * scale)
        : new OcrRuling(false, r.Position * scale, (imageHeight - r.End) * scale, (imageHeight - r.Start) * scale);
}

/// <summary>A page ready for recognition: the straightened image, its rulings, the text runs and their crops.</summary>
internal sealed record PreparedPage(GrayImage Image, double Dpi, double Angle, List<PixelRuling> Rulings, List<TextRun> Runs, List<(GrayImage Image, int X0)> Crops)
{
    /// <summary>The ink mask of <see cref="Image"/> (1 = ink).</summary>
    public byte[] Ink { get; init; } = [];

    /// <summary>The painted rulings (1 = wall), whitened in crops.</summary>
    public byte[] Walls { get; init; } = [];
}
