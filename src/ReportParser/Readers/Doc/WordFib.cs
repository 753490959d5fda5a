using System;
using System.Buffers.Binary;
using System.Globalization;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The File Information Block at the start of the <c>WordDocument</c> stream ([MS-DOC] 2.5): the version, the flags
/// that decide whether the file can be read at all (encryption, fast save), which table stream holds the structures,
/// the lengths of the document parts, and where each structure lies in the table stream.
/// </summary>
internal sealed class WordFib
{
    /// <summary>Word 97 writes 0x00C1; anything lower is Word 6.0/95 or older, whose structures differ.</summary>
    public const int FirstWord97Version = 0xC1;

    private const ushort WordIdentifier = 0xA5EC;
    private const int FibBaseLength = 32;

    private readonly byte[] _stream;
    private readonly int _pairsOffset;
    private readonly int _pairCount;

    private WordFib(byte[] stream, int version, ushort flags, int pairsOffset, int pairCount, int[] lengths)
    {
        _stream = stream;
        Version = version;
        IsComplex = (flags & 0x0004) != 0;
        TableStreamName = (flags & 0x0200) != 0 ? "1Table" : "0Table";
        _pairsOffset = pairsOffset;
        _pairCount = pairCount;
        MainLength = lengths[0];
        FootnoteLength = lengths[1];
        HeaderLength = lengths[2];
        MacroLength = lengths[3];
        CommentLength = lengths[4];
        EndnoteLength = lengths[5];
        TextBoxLength = lengths[6];
    }

    /// <summary>nFib: the file format version.</summary>
    public int Version { get; }

    /// <summary>fComplex: the file was fast-saved (its piece table may carry property modifiers).</summary>
    public bool IsComplex { get; }

    /// <summary><c>0Table</c> or <c>1Table</c>, from fWhichTblStm.</summary>
    public string TableStreamName { get; }

    /// <summary>ccpText: characters in the main document.</summary>
    public int MainLength { get; }

    public int FootnoteLength { get; }

    public int HeaderLength { get; }

    public int MacroLength { get; }

    public int CommentLength { get; }

    public int EndnoteLength { get; }

    /// <summary>ccpTxbx: characters in the text-box document of the main document.</summary>
    public int TextBoxLength { get; }

    /// <summary>The first character position of the main document's text-box document.</summary>
    public int TextBoxStart => MainLength + FootnoteLength + HeaderLength + MacroLength + CommentLength + EndnoteLength;

    /// <summary>
    /// Reads the FIB. Throws <see cref="WordBinaryException"/>: <see cref="WordBinaryFailure.LegacyVersion"/> for Word 6.0/95
    /// and older, <see cref="WordBinaryFailure.Encrypted"/> for a password-protected or obfuscated file,
    /// <see cref="WordBinaryFailure.Corrupt"/> when the FIB does not fit its stream.
    /// </summary>
    public static WordFib Read(byte[] stream)
    {
        if (stream.Length < FibBaseLength)
        {
            throw WordBinaryException.Corrupt(Invariant($"the WordDocument stream has {stream.Length} bytes, less than a FIB"));
        }

        var identifier = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(0, 2));
        var version = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(2, 2));
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(0x0A, 2));
        if (version < FirstWord97Version)
        {
            throw new WordBinaryException(WordBinaryFailure.LegacyVersion, VersionName(version));
        }

        if ((flags & 0x0100) != 0)
        {
            // fEncrypted; with fObfuscated the text is XORed, otherwise RC4 (40-bit or CryptoAPI). Neither is read.
            throw new WordBinaryException(
                WordBinaryFailure.Encrypted,
                (flags & 0x8000) != 0 ? "password-protected Word 97-2003 document (XOR obfuscation)" : "password-protected Word 97-2003 document (RC4 encryption)");
        }

        if (identifier != WordIdentifier)
        {
            throw WordBinaryException.Corrupt(Invariant($"the FIB starts with 0x{identifier:X4}, not the Word identifier 0xA5EC"));
        }

        // FibBase, then csw 16-bit values, cslw 32-bit values and cbRgFcLcb (fc, lcb) pairs, each preceded by its count.
        var offset = FibBaseLength;
        var shorts = Count(stream, ref offset, 2);
        offset += shorts * 2;
        var longsOffset = offset + 2;
        var longs = Count(stream, ref offset, 4);
        if (longs < 11)
        {
            throw WordBinaryException.Corrupt(Invariant($"the FIB has {longs} 32-bit fields, fewer than the 11 that hold the text lengths"));
        }

        var lengths = new int[7];
        for (var i = 0; i < lengths.Length; i++)
        {
            // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx: fibRgLw fields 3 to 9.
            var value = BinaryPrimitives.ReadInt32LittleEndian(stream.AsSpan(longsOffset + ((3 + i) * 4), 4));
            if (value < 0 || value > stream.Length)
            {
                throw WordBinaryException.Corrupt(Invariant($"the FIB declares a text length of {value} characters in a stream of {stream.Length} bytes"));
            }

            lengths[i] = value;
        }

        offset += longs * 4;
        var pairs = Count(stream, ref offset, 8);
        return new WordFib(stream, version, flags, offset, pairs, lengths);
    }

    /// <summary>The (offset, length) of FibRgFcLcb pair <paramref name="index"/> (fcStshf = 1, fcPlcfBtePapx = 13, fcClx = 33 …); (0, 0) when the FIB is shorter.</summary>
    public (uint Offset, uint Length) Pair(int index)
    {
        if (index >= _pairCount)
        {
            return (0, 0);
        }

        var at = _pairsOffset + (index * 8);
        return (BinaryPrimitives.ReadUInt32LittleEndian(_stream.AsSpan(at, 4)), BinaryPrimitives.ReadUInt32LittleEndian(_stream.AsSpan(at + 4, 4)));
    }

    /// <summary>A count field and the array it announces must both fit the stream.</summary>
    private static int Count(byte[] stream, ref int offset, int elementSize)
    {
        if (offset + 2 > stream.Length)
        {
            throw WordBinaryException.Corrupt("the FIB is cut short");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(offset, 2));
        offset += 2;
        if (offset + ((long)count * elementSize) > stream.Length)
        {
            throw WordBinaryException.Corrupt(Invariant($"the FIB announces {count} fields that do not fit the WordDocument stream"));
        }

        return count;
    }

    private static string VersionName(int version) => version switch
    {
        >= 0x65 and <= 0x68 => Invariant($"Word 6.0/95 (.doc, nFib {version})"),
        _ => Invariant($"Word 2.0 or older (.doc, nFib {version})"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
