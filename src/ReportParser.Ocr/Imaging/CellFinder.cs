using System;
using System.Collections.Generic;

namespace ReportParser.Ocr.Imaging;

/// <summary>A rectangle in pixels: [X0, X1) × [Y0, Y1), y downwards.</summary>
internal readonly record struct PixelBox(int X0, int Y0, int X1, int Y1)
{
    public int Width => X1 - X0;

    public int Height => Y1 - Y0;
}

/// <summary>
/// The cells of ruled tables in an image, for cropping: the ruling lines are painted as walls (a little thicker and
/// longer, so that a border broken by noise still closes), and every connected region of the rest that does not reach
/// the image border is a cell. A merged cell is one region. Works at half resolution.
/// </summary>
internal static class CellFinder
{
    /// <summary>How far (pixels) a painted ruling reaches beyond its ends, closing corners and small breaks.</summary>
    public const int Extension = 4;

    public static List<PixelBox> Find(IReadOnlyList<PixelRuling> rulings, int width, int height, out byte[] walls)
    {
        walls = Paint(rulings, width, height);
        var w = (width + 1) / 2;
        var h = (height + 1) / 2;
        var half = new byte[w * h];
        for (var y = 0; y < height; y++)
        {
            var row = walls.AsSpan(y * width, width);
            var target = half.AsSpan((y / 2) * w, w);
            for (var x = 0; x < width; x++)
            {
                target[x / 2] |= row[x];
            }
        }

        var labels = Label(half, w, h, out var count);
        var boxes = new (int X0, int Y0, int X1, int Y1, bool Border)[count + 1];
        for (var i = 1; i <= count; i++)
        {
            boxes[i] = (int.MaxValue, int.MaxValue, -1, -1, false);
        }

        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var l = labels[(y * w) + x];
                if (l == 0)
                {
                    continue;
                }

                ref var b = ref boxes[l];
                b = (Math.Min(b.X0, x), Math.Min(b.Y0, y), Math.Max(b.X1, x + 1), Math.Max(b.Y1, y + 1), b.Border || x == 0 || y == 0 || x == w - 1 || y == h - 1);
            }
        }

        var cells = new List<PixelBox>();
        for (var i = 1; i <= count; i++)
        {
            var b = boxes[i];
            if (b.Border || b.X1 - b.X0 < 5 || b.Y1 - b.Y0 < 5)
            {
                continue;
            }

            cells.Add(new PixelBox(b.X0 * 2, b.Y0 * 2, Math.Min(b.X1 * 2, width), Math.Min(b.Y1 * 2, height)));
        }

        return cells;
    }

    private static byte[] Paint(IReadOnlyList<PixelRuling> rulings, int width, int height)
    {
        var walls = new byte[width * height];
        foreach (var r in rulings)
        {
            var half = (r.Thickness / 2) + 1;
            var p0 = (int)Math.Floor(r.Position) - half;
            var p1 = (int)Math.Ceiling(r.Position) + half;
            var s0 = r.Start - Extension;
            var s1 = r.End + Extension;
            for (var p = Math.Max(p0, 0); p <= Math.Min(p1, (r.Horizontal ? height : width) - 1); p++)
            {
                for (var s = Math.Max(s0, 0); s < Math.Min(s1, r.Horizontal ? width : height); s++)
                {
                    walls[r.Horizontal ? (p * width) + s : (s * width) + p] = 1;
                }
            }
        }

        return walls;
    }

    /// <summary>4-connected labelling of the zero pixels (two passes, union-find).</summary>
    private static int[] Label(byte[] walls, int w, int h, out int count)
    {
        var labels = new int[w * h];
        var parent = new List<int> { 0 };
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                if (walls[i] != 0)
                {
                    continue;
                }

                var left = x > 0 ? labels[i - 1] : 0;
                var up = y > 0 ? labels[i - w] : 0;
                if (left == 0 && up == 0)
                {
                    parent.Add(parent.Count);
                    labels[i] = parent.Count - 1;
                }
                else if (left != 0 && up != 0)
                {
                    var a = Find(left);
                    var b = Find(up);
                    labels[i] = Math.Min(a, b);
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
                else
                {
                    labels[i] = left != 0 ? left : up;
                }
            }
        }

        var compact = new int[parent.Count];
        count = 0;
        for (var i = 1; i < parent.Count; i++)
        {
            var root = Find(i);
            compact[i] = root == i ? ++count : 0;
        }

        for (var i = 1; i < parent.Count; i++)
        {
            compact[i] = compact[Find(i)];
        }

        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = compact[labels[i]];
        }

        return labels;
    }
}
