using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The direct paragraph or character formatting of the document, from the formatted disk pages (FKPs) the
/// PlcBtePapx / PlcBteChpx bin tables point to ([MS-DOC] 2.8.5, 2.8.6, 2.9.186 PapxFkp, 2.9.33 ChpxFkp): runs of file
/// offsets (FC), each with its grpprl (and, for paragraphs, its style index).
/// </summary>
internal sealed class PropertyRuns
{
    private const int PageSize = 512;

    private readonly List<Run> _runs;

    private PropertyRuns(byte[] word, List<Run> runs)
    {
        Word = word;
        _runs = runs;
    }

    /// <summary>The WordDocument stream the grpprls lie in.</summary>
    public byte[] Word { get; }

    public static PropertyRuns ReadParagraphs(WordFib fib, byte[] word, byte[] table, CancellationToken cancellationToken) =>
        Read(fib.Pair(13), word, table, paragraphs: true, cancellationToken);

    public static PropertyRuns ReadCharacters(WordFib fib, byte[] word, byte[] table, CancellationToken cancellationToken) =>
        Read(fib.Pair(12), word, table, paragraphs: false, cancellationToken);

    /// <summary>The run holding file offset <paramref name="fc"/>, or null when no page covers it (default formatting).</summary>
    public Run? Find(uint fc)
    {
        int low = 0, high = _runs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var run = _runs[middle];
            if (fc < run.Start)
            {
                high = middle - 1;
            }
            else if (fc >= run.End)
            {
                low = middle + 1;
            }
            else
            {
                return run;
            }
        }

        return null;
    }

    private static PropertyRuns Read((uint Offset, uint Length) bin, byte[] word, byte[] table, bool paragraphs, CancellationToken cancellationToken)
    {
        var runs = new List<Run>();
        if (bin.Length == 0)
        {
            return new PropertyRuns(word, runs);
        }

        if ((long)bin.Offset + bin.Length > table.Length || bin.Length < 4 || (bin.Length - 4) % 8 != 0)
        {
            throw WordBinaryException.Corrupt(Invariant($"the {Kind(paragraphs)} bin table ({bin.Length} bytes at {bin.Offset}) does not fit the table stream"));
        }

        var count = (int)((bin.Length - 4) / 8);
        var pages = (int)bin.Offset + ((count + 1) * 4);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = (long)(BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(pages + (i * 4), 4)) & 0x3FFFFF) * PageSize;
            if (page + PageSize > word.Length)
            {
                throw WordBinaryException.Corrupt(Invariant($"a {Kind(paragraphs)} formatting page lies at {page}, outside the {word.Length}-byte WordDocument stream"));
            }

            ReadPage(word, (int)page, paragraphs, runs);
        }

        // Pages are listed in file order; a damaged file may not be, and lookups need order.
        runs.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new PropertyRuns(word, runs);
    }

    private static void ReadPage(byte[] word, int page, bool paragraphs, List<Run> runs)
    {
        var count = word[page + PageSize - 1];
        var entrySize = paragraphs ? 13 : 1;
        if (count == 0 || ((count + 1) * 4) + (count * entrySize) > PageSize - 1)
        {
            throw WordBinaryException.Corrupt(Invariant($"a {Kind(paragraphs)} formatting page at {page} declares {count} runs"));
        }

        for (var i = 0; i < count; i++)
        {
            var start = BinaryPrimitives.ReadUInt32LittleEndian(word.AsSpan(page + (i * 4), 4));
            var end = BinaryPrimitives.ReadUInt32LittleEndian(word.AsSpan(page + ((i + 1) * 4), 4));
            var offset = word[page + ((count + 1) * 4) + (i * entrySize)] * 2;
            if (end <= start)
            {
                continue;
            }

            runs.Add(offset == 0 ? new Run(start, end, 0, 0, 0) : paragraphs ? ParagraphRun(word, page, offset, start, end) : CharacterRun(word, page, offset, start, end));
        }
    }

    /// <summary>PapxInFkp: cb, or 0 and a second cb; then GrpPrlAndIstd (the style index, then the grpprl).</summary>
    private static Run ParagraphRun(byte[] word, int page, int offset, uint start, uint end)
    {
        var cb = word[page + offset];
        var (data, size) = cb != 0 ? (offset + 1, (2 * cb) - 1) : (offset + 2, 2 * word[page + offset + 1]);
        if (size < 2 || data + size > PageSize - 1)
        {
            throw WordBinaryException.Corrupt(Invariant($"the paragraph properties at {page + offset} run past their formatting page"));
        }

        var istd = BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(page + data, 2));
        return new Run(start, end, page + data + 2, size - 2, istd);
    }

    /// <summary>Chpx: cb, then the grpprl.</summary>
    private static Run CharacterRun(byte[] word, int page, int offset, uint start, uint end)
    {
        var size = word[page + offset];
        if (offset + 1 + size > PageSize - 1)
        {
            throw WordBinaryException.Corrupt(Invariant($"the character properties at {page + offset} run past their formatting page"));
        }

        return new Run(start, end, page + offset + 1, size, 0);
    }

    private static string Kind(bool paragraphs) => paragraphs ? "paragraph" : "character";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>File offsets [<see cref="Start"/>, <see cref="End"/>) formatted by the grpprl at <see cref="Offset"/> in the WordDocument stream.</summary>
    internal sealed record Run(uint Start, uint End, int Offset, int Length, int Style);
}
