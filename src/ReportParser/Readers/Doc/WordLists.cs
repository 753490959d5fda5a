using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using ReportParser.Readers.Docx;

namespace ReportParser.Readers.Doc;

/// <summary>
/// List numbering of a <c>.doc</c> ([MS-DOC] 2.4.6.3; PlfLst with its LSTF and LVL structures, PlfLfo with its LFO
/// overrides): keeps the counters as paragraphs are read in document order and renders the number Word shows in front
/// of a paragraph from the level's number text (placeholders 0–8 for the levels' counters) and number format (nfc),
/// exactly as <see cref="DocxNumbering"/> does for DOCX, so an auto-numbered heading reads <c>二、主动公开政府信息情况</c>.
/// </summary>
internal sealed class WordLists
{
    private const int Levels = 9;
    private const int LstfSize = 28;
    private const int LvlfSize = 28;
    private const int LfoSize = 16;

    /// <summary>MSONFC ([MS-OSHARED] 2.2.1.3) by value, as the WordprocessingML names <see cref="ListNumberFormat"/> knows.</summary>
    private static readonly string[] Formats =
    [
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex",
        "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal",
        "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero",
        "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting",
        "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
        "chineseCountingThousand", "koreanDigital", "koreanCounting", "koreanLegal", "koreanDigital2", "vietnameseCounting",
        "russianLower", "russianUpper", "none",
    ];

    private readonly Dictionary<int, Level?[]> _lists = [];
    private readonly Dictionary<int, int[]> _styleLinks = [];
    private readonly List<Override> _overrides = [];
    private readonly Dictionary<string, Counters> _counters = new(StringComparer.Ordinal);

    private WordLists()
    {
    }

    public static WordLists Empty { get; } = new();

    /// <summary>Reads the list tables; damaged ones give fewer lists (numbers are then missing, never wrong ones invented).</summary>
    public static WordLists Read(WordFib fib, byte[] table, CancellationToken cancellationToken)
    {
        var lists = new WordLists();
        var (listOffset, listLength) = fib.Pair(73);
        if (listLength >= 2 && (long)listOffset + listLength <= table.Length)
        {
            lists.ReadLists(table, (int)listOffset, (int)listLength, cancellationToken);
        }

        var (overrideOffset, overrideLength) = fib.Pair(74);
        if (overrideLength >= 4 && (long)overrideOffset + overrideLength <= table.Length)
        {
            lists.ReadOverrides(table, (int)overrideOffset, (int)(overrideOffset + overrideLength), cancellationToken);
        }

        return lists;
    }

    /// <summary>
    /// Advances the counters for a paragraph in list <paramref name="listOverride"/> (ilfo, 1-based) at
    /// <paramref name="level"/> and returns the text in front of it, joined by its suffix as in the DOCX reader; null
    /// for no number (no list, unknown list, bullet, empty number text).
    /// </summary>
    /// <param name="listOverride">The ilfo.</param>
    /// <param name="level">The ilvl, or null to take the level linked to <paramref name="style"/> (else 0).</param>
    /// <param name="style">The paragraph's style (istd).</param>
    public string? Next(int listOverride, int? level, int style)
    {
        if (listOverride < 1 || listOverride > _overrides.Count)
        {
            return null;
        }

        var entry = _overrides[listOverride - 1];
        if (!_lists.TryGetValue(entry.ListId, out var levels))
        {
            return null;
        }

        var ilvl = Math.Min(Math.Max(level ?? LevelOfStyle(entry.ListId, style), 0), Levels - 1);
        Level? Definition(int k) => entry.Levels.TryGetValue(k, out var o) && o.Level is { } formatting ? formatting : k < levels.Length ? levels[k] : null;
        int Start(int k) => entry.Levels.TryGetValue(k, out var o) && o.Start is { } start ? start : Definition(k)?.Start ?? 0;
        if (Definition(ilvl) is not { } current)
        {
            return null;
        }

        // An override that changes levels is a list of its own; the others continue the list they refer to.
        var key = entry.Levels.Count > 0 ? "o" + listOverride.ToString(CultureInfo.InvariantCulture) : "l" + entry.ListId.ToString(CultureInfo.InvariantCulture);
        if (!_counters.TryGetValue(key, out var counters))
        {
            _counters[key] = counters = new Counters();
        }

        counters.Values[ilvl] = counters.Started[ilvl] ? counters.Values[ilvl] + 1 : Start(ilvl);
        counters.Started[ilvl] = true;
        for (var k = ilvl + 1; k < Levels; k++)
        {
            if (ilvl < (Definition(k)?.RestartAfter ?? k))
            {
                counters.Started[k] = false;
            }
        }

        if (current.Format == "bullet")
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var ch in current.Text)
        {
            if (ch < Levels)
            {
                var value = counters.Started[ch] ? counters.Values[ch] : Start(ch);
                text.Append(ListNumberFormat.Format(value, current.IsLegal ? "decimal" : Definition(ch)?.Format));
            }
            else
            {
                text.Append(ch);
            }
        }

        var number = text.ToString();
        if (number.Length == 0)
        {
            return null;
        }

        var separated = current.Follow != 2 && char.IsLetterOrDigit(number[number.Length - 1]);
        return separated ? number + " " : number;
    }

    private int LevelOfStyle(int listId, int style)
    {
        var links = _styleLinks[listId];
        for (var k = 0; k < Levels; k++)
        {
            if (links[k] == style)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>PlfLst: cLst and the LSTFs; the LVLs of every list follow the PlfLst, 1 for a simple list, else 9.</summary>
    private void ReadLists(byte[] table, int offset, int length, CancellationToken cancellationToken)
    {
        var count = BinaryPrimitives.ReadInt16LittleEndian(table.AsSpan(offset, 2));
        if (count < 0 || 2 + ((long)count * LstfSize) > length)
        {
            return;
        }

        var at = offset + length;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lstf = offset + 2 + (i * LstfSize);
            var id = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(lstf, 4));
            var simple = (table[lstf + 26] & 0x01) != 0;
            var links = new int[Levels];
            for (var k = 0; k < Levels; k++)
            {
                links[k] = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(lstf + 8 + (k * 2), 2));
            }

            _styleLinks[id] = links;
            var levels = new Level?[simple ? 1 : Levels];
            for (var k = 0; k < levels.Length; k++)
            {
                if (ReadLevel(table, ref at) is not { } level)
                {
                    _lists[id] = levels;
                    return;
                }

                levels[k] = level;
            }

            _lists[id] = levels;
        }
    }

    /// <summary>PlfLfo: lfoMac, the LFOs, then one LFOData per LFO with its LFOLVLs (a start-at and possibly a whole LVL).</summary>
    private void ReadOverrides(byte[] table, int offset, int end, CancellationToken cancellationToken)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(offset, 4));
        if (count < 0 || offset + 4 + ((long)count * LfoSize) > end)
        {
            return;
        }

        var at = offset + 4 + (count * LfoSize);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lfo = offset + 4 + (i * LfoSize);
            var entry = new Override(BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(lfo, 4)));
            _overrides.Add(entry);
            var levelCount = table[lfo + 12];
            // LFOData (one per LFO): a CP, then clfolvl LFOLVLs: iStartAt, then ilvl (bits 0-3), fStartAt (bit 4), fFormatting (bit 5).
            at += 4;
            for (var k = 0; k < levelCount && at + 8 <= end; k++)
            {
                var start = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(at, 4));
                var flags = table[at + 4];
                at += 8;
                var level = (flags & 0x20) != 0 ? ReadLevel(table, ref at) : null;
                entry.Levels[flags & 0x0F] = ((flags & 0x10) != 0 ? start : null, level);
            }
        }
    }

    /// <summary>LVL: LVLF, grpprlPapx, grpprlChpx, then the number text (Xst: a count and UTF-16 characters).</summary>
    private static Level? ReadLevel(byte[] table, ref int at)
    {
        if (at + LvlfSize + 2 > table.Length)
        {
            return null;
        }

        var start = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(at, 4));
        var nfc = table[at + 4];
        var flags = table[at + 5];
        var follow = table[at + 15];
        var skip = table[at + 24] + table[at + 25];
        var restartLimit = table[at + 26];
        var textAt = at + LvlfSize + skip;
        if (textAt + 2 > table.Length)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(textAt, 2));
        if (textAt + 2 + (length * 2) > table.Length)
        {
            return null;
        }

        at = textAt + 2 + (length * 2);
        var format = nfc < Formats.Length ? Formats[nfc] : nfc == 0xFF ? "none" : "decimal";

        // fNoRestart (bit 3): the level restarts only after levels above ilvlRestartLim; otherwise after any level above it.
        int? restartAfter = (flags & 0x08) != 0 ? restartLimit : null;
        return new Level(start, format, Encoding.Unicode.GetString(table, textAt + 2, length * 2), follow, (flags & 0x04) != 0, restartAfter);
    }

    private sealed record Level(int Start, string Format, string Text, int Follow, bool IsLegal, int? RestartAfter);

    private sealed class Override(int listId)
    {
        public int ListId { get; } = listId;

        public Dictionary<int, (int? Start, Level? Level)> Levels { get; } = [];
    }

    private sealed class Counters
    {
        public int[] Values { get; } = new int[Levels];

        public bool[] Started { get; } = new bool[Levels];
    }
}
