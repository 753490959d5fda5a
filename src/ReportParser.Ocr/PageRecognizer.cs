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
        var rulings = Rulings.Find(ink, image.Width, image.Height, dpi);
        var cells = CellFinder.Find(rulings, image.Width, image.Height, out var walls);
        var runs = FindRuns(ink, walls, image, cells, dpi);
        cancellationToken.ThrowIfCancellationRequested();
        var crops = runs.Select(r => Crop(image, walls, r, dpi)).ToList();
        return new PreparedPage(image, dpi, angle, rulings, runs, crops);
    }

    /// <summary>Recognition and decoding of a prepared page.</summary>
    public OcrPage Read(PreparedPage page, CancellationToken cancellationToken)
    {
        var (image, dpi, runs, crops) = (page.Image, page.Dpi, page.Runs, page.Crops);
        var scores = _recognizer.Recognize(crops.Select(c => c.Image).ToList(), cancellationToken);
        var scale = 72.0 / dpi;
        var texts = new List<OcrText>();
        var cellLines = runs.Where(r => r.Cell >= 0).GroupBy(r => r.Cell).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < runs.Count; i++)
        {
            var single = runs[i].Cell < 0 || cellLines[runs[i].Cell] == 1;
            Emit(runs[i], crops[i].X0, scores[i], single, image.Height, scale, texts);
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
            TextLines.Find(ink, walls, image.Width, cell, c, split: false, dpi, runs);
            for (var y = cell.Y0; y < cell.Y1; y++)
            {
                outside.AsSpan((y * image.Width) + cell.X0, cell.Width).Fill(1);
            }
        }

        TextLines.Find(ink, outside, image.Width, new PixelBox(0, 0, image.Width, image.Height), -1, split: true, dpi, runs);
        return runs;
    }

    /// <summary>The run's ink box with a margin (<see cref="CropHeightFactor"/>), clipped to its region, rulings whitened, at least <see cref="MinCropInches"/> tall.</summary>
    private static (GrayImage Image, int X0) Crop(GrayImage image, byte[] walls, TextRun run, double dpi)
    {
        var ink = run.Ink;
        var height = Math.Max((int)Math.Ceiling(ink.Height * CropHeightFactor), (int)(MinCropInches * dpi));
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

    private void Emit(TextRun run, int cropX0, LineScores scores, bool singleLine, int imageHeight, double scale, List<OcrText> texts)
    {
        var full = _decoder.DecodeAll(scores);
        // A cell line without a CJK character is a value (a lone "0" may come out as "o", a "1" as "I"); outside
        // tables a run must also hold a digit (a page number, a date), and a lone 一 in a cell is a dash.
        var number = singleLine && (full.Chars.Count > 0 || run.Cell >= 0)
            && (!full.Chars.Any(c => IsCjk(c.Text)) || (run.Cell >= 0 && full.Text is "一" or "一一"))
            && (run.Cell >= 0 || full.Chars.Any(c => char.IsDigit(c.Text[0])));
        var line = number ? _decoder.DecodeNumber(scores) : Prose(full);
        var doubt = number ? NumberDoubt(full, line) : null;
        if (line.Chars.Count == 0)
        {
            if (run.Ink.Width > 2 && run.Ink.Height > 2 && number)
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
        foreach (var c in line.Chars)
        {
            if (c.Text == " ")
            {
                continue;
            }

            var centre = (cropX0 + (((c.FirstFrame + c.LastFrame + 1) / 2.0) * scores.PixelsPerFrame)) * scale;
            var half = (IsCjk(c.Text) ? 0.47 : 0.25) * em;
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
internal sealed record PreparedPage(GrayImage Image, double Dpi, double Angle, List<PixelRuling> Rulings, List<TextRun> Runs, List<(GrayImage Image, int X0)> Crops);
