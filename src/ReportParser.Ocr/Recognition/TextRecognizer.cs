using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using ReportParser.Ocr.Imaging;

namespace ReportParser.Ocr.Recognition;

/// <summary>The recogniser's class probabilities for one text-line crop: <c>[frames, classes]</c>, and how frames map back to the crop.</summary>
internal sealed class LineScores
{
    public LineScores(float[] probabilities, int frames, int classes, double pixelsPerFrame)
    {
        Probabilities = probabilities;
        Frames = frames;
        Classes = classes;
        PixelsPerFrame = pixelsPerFrame;
    }

    public float[] Probabilities { get; }

    public int Frames { get; }

    public int Classes { get; }

    /// <summary>Width of one frame in the crop's own pixels.</summary>
    public double PixelsPerFrame { get; }

    public ReadOnlySpan<float> Frame(int t) => Probabilities.AsSpan(t * Classes, Classes);
}

/// <summary>
/// The PP-OCRv4 text-line recogniser (SVTR-LCNet, CTC head) run through ONNX Runtime: crops are scaled to
/// <see cref="InputHeight"/> pixels, grouped by width into batches, and return their per-frame class probabilities
/// (0 = CTC blank, 1…6623 = <c>ppocr_keys_v1.txt</c>, last = space). One session per process and thread count.
/// </summary>
internal sealed class TextRecognizer : IDisposable
{
    public const int InputHeight = 48;
    public const int MaxBatch = 24;
    public const int MaxInputWidth = 2400;

    private readonly InferenceSession _session;
    private readonly string _inputName;

    public TextRecognizer(string modelPath, string keysPath, int threads)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, threads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(modelPath, options);
        _inputName = _session.InputMetadata.Keys.First();
        var keys = File.ReadAllLines(keysPath);
        Alphabet = new string[keys.Length + 2];
        Alphabet[0] = string.Empty;
        for (var i = 0; i < keys.Length; i++)
        {
            Alphabet[i + 1] = keys[i];
        }

        Alphabet[keys.Length + 1] = " ";
    }

    /// <summary>Class index → text ("" for the blank).</summary>
    public string[] Alphabet { get; }

    /// <summary>Recognises every crop (grey images of one text line each), in batches of similar width.</summary>
    public LineScores[] Recognize(IReadOnlyList<GrayImage> crops, CancellationToken cancellationToken)
    {
        var result = new LineScores[crops.Count];
        var widths = crops.Select(ScaledWidth).ToArray();
        var order = Enumerable.Range(0, crops.Count).OrderBy(i => widths[i]).ToArray();
        var start = 0;
        while (start < order.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < order.Length && end - start < MaxBatch && widths[order[end]] <= (widths[order[start]] * 1.25) + 16)
            {
                end++;
            }

            RunBatch(crops, order.AsSpan(start, end - start), widths, result);
            start = end;
        }

        return result;
    }

    private static int ScaledWidth(GrayImage crop) =>
        Math.Clamp((int)Math.Ceiling(InputHeight * (double)crop.Width / crop.Height), 8, MaxInputWidth);

    private void RunBatch(IReadOnlyList<GrayImage> crops, ReadOnlySpan<int> batch, int[] widths, LineScores[] result)
    {
        var width = 0;
        foreach (var i in batch)
        {
            width = Math.Max(width, widths[i]);
        }

        width = ((width + 7) / 8) * 8;
        var plane = InputHeight * width;
        var input = new DenseTensor<float>(new[] { batch.Length, 3, InputHeight, width });
        var buffer = input.Buffer.Span;
        for (var b = 0; b < batch.Length; b++)
        {
            var crop = crops[batch[b]];
            var baseIndex = b * 3 * plane;
            Resample(crop, widths[batch[b]], width, buffer.Slice(baseIndex, plane));
            buffer.Slice(baseIndex, plane).CopyTo(buffer.Slice(baseIndex + plane, plane));
            buffer.Slice(baseIndex, plane).CopyTo(buffer.Slice(baseIndex + (2 * plane), plane));
        }

        using var outputs = _session.Run([NamedOnnxValue.CreateFromTensor(_inputName, input)]);
        var output = outputs[0].AsTensor<float>();
        var frames = output.Dimensions[1];
        var classes = output.Dimensions[2];
        var data = output is DenseTensor<float> dense ? dense.Buffer.Span : output.ToArray();
        for (var b = 0; b < batch.Length; b++)
        {
            var i = batch[b];
            var scale = crops[i].Height / (double)InputHeight;

            // Frames beyond the crop's own width are padding.
            var used = Math.Min(frames, (int)Math.Ceiling(frames * widths[i] / (double)width) + 1);
            var probabilities = data.Slice(b * frames * classes, used * classes).ToArray();
            result[i] = new LineScores(probabilities, used, classes, width / (double)frames * scale);
        }
    }

    /// <summary>Bilinear scaling of <paramref name="crop"/> to InputHeight × <paramref name="scaledWidth"/>, normalised to [−1, 1]; the rest of the row stays 0 (padding).</summary>
    private static void Resample(GrayImage crop, int scaledWidth, int width, Span<float> target)
    {
        var sx = crop.Width / (double)scaledWidth;
        var sy = crop.Height / (double)InputHeight;
        for (var y = 0; y < InputHeight; y++)
        {
            var fy = Math.Clamp(((y + 0.5) * sy) - 0.5, 0, crop.Height - 1);
            var y0 = (int)fy;
            var y1 = Math.Min(y0 + 1, crop.Height - 1);
            var wy = (float)(fy - y0);
            var row0 = crop.Row(y0);
            var row1 = crop.Row(y1);
            var line = target.Slice(y * width, width);
            for (var x = 0; x < scaledWidth; x++)
            {
                var fx = Math.Clamp(((x + 0.5) * sx) - 0.5, 0, crop.Width - 1);
                var x0 = (int)fx;
                var x1 = Math.Min(x0 + 1, crop.Width - 1);
                var wx = (float)(fx - x0);
                var top = row0[x0] + (wx * (row0[x1] - row0[x0]));
                var bottom = row1[x0] + (wx * (row1[x1] - row1[x0]));
                var v = top + (wy * (bottom - top));
                line[x] = (v / 127.5f) - 1f;
            }
        }
    }

    public void Dispose() => _session.Dispose();
}
