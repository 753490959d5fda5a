using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The piece table ([MS-DOC] 2.9.38 Clx, 2.9.177 Pcd): where each run of character positions (CP) is stored in the
/// <c>WordDocument</c> stream (its file offset, FC) and whether it is stored as 8-bit ANSI ("compressed") or UTF-16LE,
/// and the property modifiers fast-saved files attach to pieces.
/// </summary>
internal sealed class PieceTable
{
    /// <summary>[MS-DOC] 2.4.1: compressed bytes are Latin-1 except these, which take the Windows-1252 characters.</summary>
    private static readonly Dictionary<byte, char> CompressedExceptions = new()
    {
        [0x82] = '\u201A', [0x83] = '\u0192', [0x84] = '\u201E', [0x85] = '\u2026', [0x86] = '\u2020', [0x87] = '\u2021',
        [0x88] = '\u02C6', [0x89] = '\u2030', [0x8A] = '\u0160', [0x8B] = '\u2039', [0x8C] = '\u0152', [0x91] = '\u2018',
        [0x92] = '\u2019', [0x93] = '\u201C', [0x94] = '\u201D', [0x95] = '\u2022', [0x96] = '\u2013', [0x97] = '\u2014',
        [0x98] = '\u02DC', [0x99] = '\u2122', [0x9A] = '\u0161', [0x9B] = '\u203A', [0x9C] = '\u0153', [0x9F] = '\u0178',
    };

    private readonly byte[] _word;
    private readonly Piece[] _pieces;
    private readonly List<ArraySegment<byte>> _modifiers;

    private PieceTable(byte[] word, Piece[] pieces, List<ArraySegment<byte>> modifiers)
    {
        _word = word;
        _pieces = pieces;
        _modifiers = modifiers;
    }

    /// <summary>The last character position the pieces describe.</summary>
    public int Length => _pieces.Length == 0 ? 0 : _pieces[_pieces.Length - 1].CpEnd;

    public static PieceTable Read(WordFib fib, byte[] word, byte[] table, CancellationToken cancellationToken)
    {
        var (offset, length) = fib.Pair(33);
        if (length == 0 || (long)offset + length > table.Length)
        {
            throw WordBinaryException.Corrupt(Invariant($"the piece table (Clx at {offset}, {length} bytes) lies outside the {table.Length}-byte table stream"));
        }

        var modifiers = new List<ArraySegment<byte>>();
        var at = (int)offset;
        var end = at + (int)length;
        while (at < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (table[at])
            {
                case 1 when at + 3 <= end:
                    // Prc: a grpprl that piece descriptors can refer to (fast-saved files).
                    var size = BinaryPrimitives.ReadInt16LittleEndian(table.AsSpan(at + 1, 2));
                    if (size < 0 || at + 3 + size > end)
                    {
                        throw WordBinaryException.Corrupt(Invariant($"a property modifier of the piece table declares {size} bytes past its end"));
                    }

                    modifiers.Add(new ArraySegment<byte>(table, at + 3, size));
                    at += 3 + size;
                    break;
                case 2 when at + 5 <= end:
                    var pieces = ReadPieces(table, at + 5, BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(at + 1, 4)), end, word, cancellationToken);
                    return new PieceTable(word, pieces, modifiers);
                default:
                    throw WordBinaryException.Corrupt(Invariant($"the piece table holds an unknown entry 0x{table[at]:X2}"));
            }
        }

        throw WordBinaryException.Corrupt("the piece table has no piece descriptors");
    }

    /// <summary>The property modifier (Prm) of the piece holding <paramref name="cp"/>: 0 for none.</summary>
    public ushort ModifierAt(int cp) => IndexOf(cp) is var i and >= 0 ? _pieces[i].Prm : (ushort)0;

    /// <summary>The grpprl a Prm1 (fComplex = 1) refers to, or null when it refers to none.</summary>
    public ArraySegment<byte>? ModifierGrpprl(ushort prm)
    {
        var index = prm >> 1;
        if ((prm & 1) == 0 || index >= _modifiers.Count)
        {
            return null;
        }

        return _modifiers[index];
    }

    /// <summary>True when any piece carries a Prm0: a single property change given as an index this reader cannot interpret.</summary>
    public bool HasShortModifiers()
    {
        foreach (var piece in _pieces)
        {
            if ((piece.Prm & 1) == 0 && (piece.Prm & 0xFE) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The characters of CPs [<paramref name="start"/>, <paramref name="end"/>) and, for each, its FC (file offset in
    /// the WordDocument stream), which is what paragraph and character properties are keyed by.
    /// </summary>
    public void Read(int start, int end, char[] characters, uint[] offsets, CancellationToken cancellationToken)
    {
        var index = Math.Max(0, IndexOf(start));
        for (var cp = start; cp < end && index < _pieces.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var piece = _pieces[index];
            var stop = Math.Min(end, piece.CpEnd);
            for (; cp < stop; cp++)
            {
                var fc = piece.Fc + ((uint)(cp - piece.CpStart) * (piece.Compressed ? 1u : 2u));
                offsets[cp - start] = fc;
                characters[cp - start] = piece.Compressed ? Decompress(_word[fc]) : (char)(_word[fc] | (_word[fc + 1] << 8));
            }
        }

        // Raw UTF-16 code units: a broken file can leave half a surrogate pair, which normalisation would throw on.
        Texts.Surrogates.ReplaceUnpaired(characters.AsSpan(0, Math.Min(characters.Length, Math.Max(0, end - start))));
    }

    private static Piece[] ReadPieces(byte[] table, int at, uint length, int end, byte[] word, CancellationToken cancellationToken)
    {
        if (length < 4 || (length - 4) % 12 != 0 || at + (long)length > end)
        {
            throw WordBinaryException.Corrupt(Invariant($"the piece descriptor table has an impossible length of {length} bytes"));
        }

        var count = (int)((length - 4) / 12);
        var pieces = new Piece[count];
        var descriptors = at + ((count + 1) * 4);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(at + (i * 4), 4));
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(at + ((i + 1) * 4), 4));
            var previousEnd = i == 0 ? 0 : pieces[i - 1].CpEnd;
            if (cpStart != previousEnd || cpEnd < cpStart)
            {
                throw WordBinaryException.Corrupt(Invariant($"piece {i} covers characters {cpStart}–{cpEnd}, not in order"));
            }

            var raw = BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan(descriptors + (i * 8) + 2, 4));
            var compressed = (raw & 0x40000000) != 0;
            var fc = raw & 0x3FFFFFFF;
            if (compressed)
            {
                fc /= 2;
            }

            var bytes = (long)(cpEnd - cpStart) * (compressed ? 1 : 2);
            if (fc + bytes > word.Length)
            {
                throw WordBinaryException.Corrupt(Invariant($"piece {i} ({bytes} bytes at {fc}) lies outside the {word.Length}-byte WordDocument stream"));
            }

            pieces[i] = new Piece(cpStart, cpEnd, fc, compressed, BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(descriptors + (i * 8) + 6, 2)));
        }

        return pieces;
    }

    private int IndexOf(int cp)
    {
        int low = 0, high = _pieces.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (cp < _pieces[middle].CpStart)
            {
                high = middle - 1;
            }
            else if (cp >= _pieces[middle].CpEnd)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    private static char Decompress(byte value) => CompressedExceptions.TryGetValue(value, out var mapped) ? mapped : (char)value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Piece(int CpStart, int CpEnd, uint Fc, bool Compressed, ushort Prm);
}
