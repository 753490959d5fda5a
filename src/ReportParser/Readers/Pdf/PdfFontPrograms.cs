using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReportParser.Readers.Pdf;

/// <summary>
/// Finds embedded Type 1 font programs (<c>/FontFile</c>) shorter than the clear and encrypted parts they declare
/// (<c>/Length1</c> + <c>/Length2</c>) and hides them from PdfPig before any page is read: PdfPig 0.1.16 reads a
/// charstring cut off mid-number without end and grew to 4.3 GB on one (found by the mutation fuzzer, issue #11). The
/// font descriptor's key is renamed in place (<c>/FontFile</c> → <c>/FontFilX</c>, same length, so no offset moves);
/// the text set in that font is still read through its encoding and ToUnicode map. Only descriptors stored as plain
/// objects are seen (not those inside compressed object streams): for those, process isolation is the backstop.
/// </summary>
internal static class PdfFontPrograms
{
    /// <summary>No font program is inflated past this when measuring it.</summary>
    private const int MaxInflatedBytes = 16 * 1024 * 1024;

    /// <summary>A truncated Type 1 program: the object holding it, its length, and what its dictionary declares.</summary>
    public sealed record Truncated(string Object, long Length, long Declared);

    /// <summary>
    /// <paramref name="content"/> with every truncated Type 1 program's <c>/FontFile</c> key renamed (the same array
    /// when there is none); <paramref name="found"/> lists them.
    /// </summary>
    public static byte[] HideTruncated(byte[] content, PdfDocument document, CancellationToken cancellationToken, out List<Truncated> found)
    {
        found = [];
        byte[]? patched = null;
        for (var at = IndexOf(content, 0); at >= 0; at = IndexOf(content, at + Key.Length))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReferenceAfter(content, at + Key.Length) is not { } reference
                || Measure(document, reference) is not { } size
                || size.Length >= size.Declared)
            {
                continue;
            }

            patched ??= (byte[])content.Clone();
            patched[at + Key.Length - 1] = (byte)'X';
            found.Add(new Truncated(reference.ObjectNumber.ToString(CultureInfo.InvariantCulture) + " " + reference.Generation.ToString(CultureInfo.InvariantCulture) + " R", size.Length, size.Declared));
        }

        return patched ?? content;
    }

    private static readonly byte[] Key = Encoding.ASCII.GetBytes("/FontFile");

    private static int IndexOf(byte[] content, int start) =>
        start >= content.Length ? -1 : content.AsSpan(start).IndexOf(Key) is var i && i >= 0 ? start + i : -1;

    /// <summary>The <c>N G R</c> right after the key (whitespace first, so /FontFile2 and /FontFile3 are not taken).</summary>
    private static IndirectReference? ReferenceAfter(byte[] content, int at)
    {
        var position = at;
        if (position >= content.Length || !IsSpace(content[position]))
        {
            return null;
        }

        var number = Digits(content, ref position);
        var generation = Digits(content, ref position);
        while (position < content.Length && IsSpace(content[position]))
        {
            position++;
        }

        return number is { } n && generation is { } g && position < content.Length && content[position] == (byte)'R'
            ? new IndirectReference(n, (int)g)
            : null;
    }

    private static long? Digits(byte[] content, ref int position)
    {
        while (position < content.Length && IsSpace(content[position]))
        {
            position++;
        }

        long value = 0;
        var start = position;
        while (position < content.Length && position - start < 9 && content[position] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (content[position] - '0');
            position++;
        }

        return position > start ? value : null;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    /// <summary>The decoded length of the program and Length1 + Length2; null when it cannot be told (then it is left alone).</summary>
    private static (long Length, long Declared)? Measure(PdfDocument document, IndirectReference reference)
    {
        try
        {
            var scanner = document.Structure.TokenScanner;
            if (scanner.Get(reference)?.Data is not StreamToken stream
                || Number(stream.StreamDictionary, NameToken.Length1, scanner) is not { } clear || clear <= 0
                || Number(stream.StreamDictionary, NameToken.Length2, scanner) is not { } encrypted || encrypted <= 0)
            {
                return null;
            }

            var filter = stream.StreamDictionary.TryGet(NameToken.Filter, out var f) ? f : null;
            long length = filter switch
            {
                null => stream.Data.Length,
                NameToken { Data: "FlateDecode" or "Fl" } => Inflated(stream.Data.ToArray()),
                ArrayToken { Data.Count: 1 } array when array.Data[0] is NameToken { Data: "FlateDecode" or "Fl" } => Inflated(stream.Data.ToArray()),
                _ => -1,
            };

            return length < 0 ? null : (length, clear + encrypted);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // What cannot be measured is PdfPig's to report when it reads the font.
            return null;
        }
    }

    private static long? Number(DictionaryToken dictionary, NameToken key, UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner)
    {
        if (!dictionary.TryGet(key, out var token))
        {
            return null;
        }

        if (token is IndirectReferenceToken reference)
        {
            token = scanner.Get(reference.Data)?.Data;
        }

        return token is NumericToken number ? (long)number.Data : null;
    }

    /// <summary>The inflated length of zlib data (up to <see cref="MaxInflatedBytes"/>); a stream that breaks off counts what came before.</summary>
    private static long Inflated(byte[] data)
    {
        var skip = data.Length > 2 && (data[0] & 0x0F) == 8 ? 2 : 0;
        using var inflater = new DeflateStream(new MemoryStream(data, skip, data.Length - skip, writable: false), CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while (total < MaxInflatedBytes && (read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt deflate data: what inflated so far is what PdfPig would get at best.
        }

        return total;
    }
}
