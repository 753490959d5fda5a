using System;
using SkiaSharp;

namespace ReportParser.Ocr.Imaging;

/// <summary>An 8-bit grey image, row-major, 0 = black. Red seal ink is turned white on the way in (a stamp over text is not text).</summary>
internal sealed class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length != width * height)
        {
            throw new ArgumentException("The pixel buffer does not match the size.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public Span<byte> Row(int y) => Pixels.AsSpan(y * Width, Width);

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>Converts a decoded bitmap: luma, alpha over white, strongly red pixels (seals) to white.</summary>
    public static GrayImage FromBitmap(SKBitmap bitmap)
    {
        using var rgba = bitmap.ColorType == SKColorType.Rgba8888 && bitmap.AlphaType != SKAlphaType.Opaque
            ? null
            : new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var source = bitmap;
        if (rgba is not null)
        {
            if (!bitmap.CopyTo(rgba, SKColorType.Rgba8888))
            {
                throw new InvalidOperationException("The bitmap could not be converted to RGBA.");
            }

            source = rgba;
        }

        var width = source.Width;
        var height = source.Height;
        var pixels = new byte[width * height];
        var span = source.GetPixelSpan();
        var stride = source.RowBytes;
        for (var y = 0; y < height; y++)
        {
            var row = span.Slice(y * stride, width * 4);
            var target = pixels.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                int r = row[4 * x], g = row[(4 * x) + 1], b = row[(4 * x) + 2], a = row[(4 * x) + 3];
                if (a < 255)
                {
                    r = ((r * a) + (255 * (255 - a))) / 255;
                    g = ((g * a) + (255 * (255 - a))) / 255;
                    b = ((b * a) + (255 * (255 - a))) / 255;
                }

                target[x] = r - Math.Max(g, b) > 80 ? (byte)255 : (byte)(((299 * r) + (587 * g) + (114 * b)) / 1000);
            }
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>A copy of the rectangle [x0, x1) × [y0, y1), clipped to the image.</summary>
    public GrayImage Crop(int x0, int y0, int x1, int y1)
    {
        x0 = Math.Clamp(x0, 0, Width - 1);
        y0 = Math.Clamp(y0, 0, Height - 1);
        x1 = Math.Clamp(x1, x0 + 1, Width);
        y1 = Math.Clamp(y1, y0 + 1, Height);
        var w = x1 - x0;
        var h = y1 - y0;
        var pixels = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            Pixels.AsSpan(((y0 + y) * Width) + x0, w).CopyTo(pixels.AsSpan(y * w, w));
        }

        return new GrayImage(w, h, pixels);
    }

    /// <summary>Otsu's threshold of the histogram: pixels at or below it are ink.</summary>
    public int OtsuThreshold()
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in Pixels)
        {
            histogram[p]++;
        }

        long total = Pixels.Length;
        double sum = 0;
        for (var i = 0; i < 256; i++)
        {
            sum += i * (double)histogram[i];
        }

        double sumBackground = 0, best = -1;
        long background = 0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            background += histogram[t];
            if (background == 0)
            {
                continue;
            }

            var foreground = total - background;
            if (foreground == 0)
            {
                break;
            }

            sumBackground += t * (double)histogram[t];
            var meanB = sumBackground / background;
            var meanF = (sum - sumBackground) / foreground;
            var between = (double)background * foreground * (meanB - meanF) * (meanB - meanF);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }

        return threshold;
    }

    /// <summary>The ink mask (1 = ink): pixels at or below <paramref name="threshold"/>.</summary>
    public byte[] InkMask(int threshold)
    {
        var mask = new byte[Pixels.Length];
        var pixels = Pixels.AsSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            mask[i] = pixels[i] <= threshold ? (byte)1 : (byte)0;
        }

        return mask;
    }
}
