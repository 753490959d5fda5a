using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// A Word 97–2003 binary document opened for reading: the compound file's <c>WordDocument</c>, table and
/// <c>Data</c> streams, the FIB, the piece table, the paragraph and character formatting, the styles and the section
/// ends. Opening refuses, with a <see cref="WordBinaryException"/>, what cannot be read: a damaged container, a
/// compound file that holds no Word document, Word 6.0/95 and older, encryption, and fast-saved files whose piece
/// table carries property changes given as a single-sprm index (Prm0).
/// </summary>
internal sealed class WordBinaryDocument
{
    private readonly HashSet<int> _sectionEnds;

    private WordBinaryDocument(WordFib fib, byte[] word, byte[] table, byte[]? data, CancellationToken cancellationToken)
    {
        Fib = fib;
        Word = word;
        Table = table;
        Data = data;
        Pieces = PieceTable.Read(fib, word, table, cancellationToken);
        if (Pieces.HasShortModifiers())
        {
            throw new WordBinaryException(
                WordBinaryFailure.FastSaved,
                "the file was fast-saved and its piece table carries property changes as single-property modifiers (Prm0)");
        }

        if (Pieces.Length < fib.MainLength)
        {
            throw WordBinaryException.Corrupt(FormattableString.Invariant($"the piece table covers {Pieces.Length} characters; the main document has {fib.MainLength}"));
        }

        Paragraphs = PropertyRuns.ReadParagraphs(fib, word, table, cancellationToken);
        Characters = new CharacterFormats(PropertyRuns.ReadCharacters(fib, word, table, cancellationToken), Pieces);
        Styles = WordStyles.Read(fib, table, cancellationToken);
        Lists = WordLists.Read(fib, table, cancellationToken);
        _sectionEnds = ReadSectionEnds(fib, table);
    }

    public WordFib Fib { get; }

    public byte[] Word { get; }

    public byte[] Table { get; }

    /// <summary>The Data stream (pictures, large paragraph properties), or null when the file has none.</summary>
    public byte[]? Data { get; }

    public PieceTable Pieces { get; }

    public PropertyRuns Paragraphs { get; }

    public CharacterFormats Characters { get; }

    public WordStyles Styles { get; }

    public WordLists Lists { get; }

    /// <summary>Opens the document. Throws <see cref="WordBinaryException"/> for anything it refuses.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="likelyWps">The file is named <c>.wps</c>: a compound file without a Word document is then taken for an early Kingsoft WPS file.</param>
    /// <param name="cancellationToken">The time limit.</param>
    public static WordBinaryDocument Open(byte[] content, bool likelyWps, CancellationToken cancellationToken)
    {
        var container = CompoundFile.Open(content, cancellationToken);
        if (container.Find("WordDocument") is not { } wordEntry)
        {
            throw NotWord(container, likelyWps);
        }

        var word = container.Read(wordEntry);
        var fib = WordFib.Read(word);
        if (container.Find(fib.TableStreamName) is not { } tableEntry)
        {
            throw WordBinaryException.Corrupt("the " + fib.TableStreamName + " stream the FIB names is missing");
        }

        var table = container.Read(tableEntry);
        var data = container.Find("Data") is { } dataEntry ? container.Read(dataEntry) : null;
        return new WordBinaryDocument(fib, word, table, data, cancellationToken);
    }

    /// <summary>True when character position <paramref name="cp"/> is a section's last character (its mark ends a paragraph).</summary>
    public bool IsSectionEnd(int cp) => _sectionEnds.Contains(cp);

    /// <summary>Names what a compound file without a <c>WordDocument</c> stream holds.</summary>
    private static WordBinaryException NotWord(CompoundFile container, bool likelyWps)
    {
        var names = new HashSet<string>(container.RootEntries.Select(e => e.Name), StringComparer.OrdinalIgnoreCase);
        if (names.Contains("EncryptionInfo") && names.Contains("EncryptedPackage"))
        {
            return new WordBinaryException(WordBinaryFailure.Encrypted, "password-protected Office document (encrypted OOXML package)");
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return new WordBinaryException(WordBinaryFailure.NotWord, "Excel 97-2003 workbook (.xls), not a Word document");
        }

        if (names.Contains("PowerPoint Document"))
        {
            return new WordBinaryException(WordBinaryFailure.NotWord, "PowerPoint 97-2003 presentation (.ppt), not a Word document");
        }

        if (names.Contains("__properties_version1.0") || names.Any(n => n.StartsWith("__substg1.0_", StringComparison.OrdinalIgnoreCase)))
        {
            return new WordBinaryException(WordBinaryFailure.NotWord, "Outlook message (.msg), not a Word document");
        }

        if (names.Contains("CONTENTS"))
        {
            return new WordBinaryException(WordBinaryFailure.LegacyVersion, "Microsoft Works or early Kingsoft WPS (.wps) document without a WordDocument stream");
        }

        var listed = string.Join(", ", container.RootEntries.Take(8).Select(e => e.Name));
        var what = "compound file without a WordDocument stream (it holds: " + (listed.Length == 0 ? "nothing" : listed) + ")";
        return likelyWps
            ? new WordBinaryException(WordBinaryFailure.LegacyVersion, "early Kingsoft WPS (.wps) document: " + what)
            : new WordBinaryException(WordBinaryFailure.NotWord, what);
    }

    /// <summary>PlcfSed: the section boundaries; each section's last character is its section mark.</summary>
    private static HashSet<int> ReadSectionEnds(WordFib fib, byte[] table)
    {
        var ends = new HashSet<int>();
        var (offset, length) = fib.Pair(6);
        if (length < 4 || (length - 4) % 16 != 0 || (long)offset + length > table.Length)
        {
            return ends;
        }

        var count = (int)((length - 4) / 16);
        for (var i = 1; i <= count; i++)
        {
            ends.Add(BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan((int)offset + (i * 4), 4)) - 1);
        }

        return ends;
    }
}
