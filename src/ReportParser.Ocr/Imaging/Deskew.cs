using System;

namespace ReportParser.Ocr.Imaging;

/// <summary>
/// Straightens a scanned page: the angle (±<see cref="MaxAngle"/>°) at which the ink's row profiles, one per vertical
/// strip of the page (<see cref="Strips"/>), are sharpest (text lines and rulings horizontal), found in 0.1° and then
/// 0.02° steps on every third column, then a bilinear rotation.
/// </summary>
internal static class Deskew
{
    public const double MaxAngle = 3.0;

    /// <summary>The page's width is cut into this many strips, each scored on its own (<see cref="FindAngle"/>).</summary>
    public const int Strips = 4;

    /// <summary>Below this angle (degrees) the page is left as it is.</summary>
    public const double MinCorrection = 0.04;

    /// <summary>The skew angle in degrees: rotating the image by it makes its lines horizontal.</summary>
    public static double FindAngle(byte[] ink, int width, int height)
    {
        // Ink points of every row, every Step-th column (sampling rows would favour 0°: all points on a few rows).
        const int Step = 3;
        var xs = new System.Collections.Generic.List<int>();
        var ys = new System.Collections.Generic.List<int>();
        for (var y = 0; y < height; y++)
        {
            var row = ink.AsSpan(y * width, width);
            for (var x = 0; x < width; x += Step)
            {
                if (row[x] != 0)
                {
                    xs.Add(x);
                    ys.Add(y);
                }
            }
        }

        if (xs.Count < 50)
        {
            return 0;
        }

        // One profile per vertical strip: rows of text in different columns of a borderless table (numbers centred
        // between the two lines of a wrapped label) must not line up under a false angle.
        var stripWidth = Math.Max(1, (width + Strips - 1) / Strips);
        var span = height + (2 * stripWidth) + 2;
        var bins = new int[span * Strips];
        var offset = stripWidth + 1;
        double Score(double degrees)
        {
            Array.Clear(bins);
            var t = Math.Tan(degrees * Math.PI / 180);
            for (var i = 0; i < xs.Count; i++)
            {
                var strip = xs[i] / stripWidth;
                bins[(strip * span) + offset + (int)Math.Round(ys[i] + ((xs[i] - (strip * stripWidth)) * t))]++;
            }

            double s = 0;
            foreach (var b in bins)
            {
                s += (double)b * b;
            }

            return s;
        }

        var best = 0.0;
        var bestScore = Score(0);
        for (var a = -MaxAngle; a <= MaxAngle + 1e-9; a += 0.1)
        {
            var score = Score(a);
            if (score > bestScore * 1.0000001)
            {
                bestScore = score;
                best = a;
            }
        }

        var coarse = best;
        for (var a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02)
        {
            var score = Score(a);
            if (score > bestScore * 1.0000001)
            {
                bestScore = score;
                best = a;
            }
        }

        return Math.Round(best, 2);
    }

    /// <summary>The image turned by <paramref name="degrees"/> about its centre (bilinear; white outside).</summary>
    public static GrayImage Rotate(GrayImage image, double degrees)
    {
        var w = image.Width;
        var h = image.Height;
        var a = degrees * Math.PI / 180;
        var cos = Math.Cos(a);
        var sin = Math.Sin(a);
        var cx = (w - 1) / 2.0;
        var cy = (h - 1) / 2.0;
        var source = image.Pixels;
        var result = new byte[w * h];
        for (var yo = 0; yo < h; yo++)
        {
            var dy = yo - cy;
            var row = result.AsSpan(yo * w, w);

            // Source point of (xo, yo): R(-a)(output - centre) + centre, stepped along the row.
            var xi = cx + (-cx * cos) + (dy * sin);
            var yi = cy - (-cx * sin) + (dy * cos);
            for (var xo = 0; xo < w; xo++, xi += cos, yi -= sin)
            {
                var x0 = (int)Math.Floor(xi);
                var y0 = (int)Math.Floor(yi);
                if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1)
                {
                    row[xo] = 255;
                    continue;
                }

                var fx = xi - x0;
                var fy = yi - y0;
                var i = (y0 * w) + x0;
                var top = source[i] + (fx * (source[i + 1] - source[i]));
                var bottom = source[i + w] + (fx * (source[i + w + 1] - source[i + w]));
                row[xo] = (byte)Math.Clamp((int)Math.Round(top + (fy * (bottom - top))), 0, 255);
            }
        }

        return new GrayImage(w, h, result);
    }
}
