using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// Writes small Word 97 binary documents ([MS-DOC] in an [MS-CFB] container) for reader tests, so a test states
/// exactly the structures it is about — a table sprm, a piece modifier, a field, a flag — independently of any
/// producer. Paragraphs are given with their text (ending in their mark: <c>\r</c>, or <c>\a</c> for cell and row
/// ends) and their paragraph grpprl; character runs and styles are optional.
/// </summary>
public sealed class WordBinaryBuilder
{
    private const int TextOffset = 2048;

    private readonly List<(string Text, byte[] Papx, ushort Style)> _paragraphs = [];
    private readonly List<(int Start, int End, byte[] Chpx)> _characterRuns = [];
    private readonly List<(ushort Sti, ushort BasedOn, byte? Outline)> _styles = [];

    /// <summary>nFib written in the FIB.</summary>
    public ushort Version { get; set; } = 0x00C1;

    /// <summary>Extra FibBase flag bits (0x0100 fEncrypted, 0x8000 fObfuscated, 0x0004 fComplex).</summary>
    public ushort ExtraFlags { get; set; }

    /// <summary>ccpText, when the main document is shorter than the text (the rest stands for headers, footnotes …).</summary>
    public int? MainLength { get; set; }

    /// <summary>Store the text as 8-bit ANSI pieces (only for text below U+0100).</summary>
    public bool Compressed { get; set; }

    /// <summary>Split the text into pieces at these character positions (a fast-saved file has several).</summary>
    public List<int> PieceBreaks { get; } = [];

    /// <summary>The Prm of each piece (by index; missing ones are 0).</summary>
    public Dictionary<int, ushort> PieceModifiers { get; } = [];

    /// <summary>Grpprls in the Clx that Prm1 modifiers refer to by index.</summary>
    public List<byte[]> ModifierGrpprls { get; } = [];

    /// <summary>The Data stream, when the document needs one (sprmPHugePapx, pictures).</summary>
    public byte[]? Data { get; set; }

    /// <summary>Streams that replace or add to the Word ones (name → bytes), for containers that are not Word documents.</summary>
    public Dictionary<string, byte[]> ExtraStreams { get; } = [];

    public WordBinaryBuilder Paragraph(string text, byte[]? papx = null, ushort style = 0)
    {
        _paragraphs.Add((text, papx ?? [], style));
        return this;
    }

    /// <summary>Character properties for CPs [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public WordBinaryBuilder Characters(int start, int end, byte[] chpx)
    {
        _characterRuns.Add((start, end, chpx));
        return this;
    }

    /// <summary>Adds a paragraph style at the next index (istd 0, 1, 2 …).</summary>
    public WordBinaryBuilder Style(ushort sti, ushort basedOn = 0x0FFF, byte? outline = null)
    {
        _styles.Add((sti, basedOn, outline));
        return this;
    }

    public string Text => string.Concat(_paragraphs.Select(p => p.Text));

    public byte[] Build() => CompoundFileWriter.Write(BuildStreams());

    /// <summary>The streams of the compound file: WordDocument, 1Table, and Data and <see cref="ExtraStreams"/> when set.</summary>
    public Dictionary<string, byte[]> BuildStreams()
    {
        var text = Text;
        var word = new MemoryStream();
        word.Write(new byte[TextOffset]);
        var textBytes = Compressed ? Encoding.Latin1.GetBytes(text) : Encoding.Unicode.GetBytes(text);
        word.Write(textBytes);
        var charSize = Compressed ? 1 : 2;

        var table = new MemoryStream();
        var pairs = new Dictionary<int, (int Offset, int Length)>();
        pairs[33] = Append(table, Clx(text.Length, charSize));
        pairs[13] = Append(table, BinTable(word, ParagraphPages(charSize), paragraphs: true));
        if (_characterRuns.Count > 0)
        {
            pairs[12] = Append(table, BinTable(word, CharacterPages(charSize), paragraphs: false));
        }

        if (_styles.Count > 0)
        {
            pairs[1] = Append(table, StyleSheet());
        }

        Pad(word, 4096);
        Pad(table, 4096);
        var fib = Fib(text.Length, pairs);
        var wordBytes = word.ToArray();
        fib.CopyTo(wordBytes, 0);

        var streams = new Dictionary<string, byte[]> { ["WordDocument"] = wordBytes, ["1Table"] = table.ToArray() };
        if (Data is { } data)
        {
            streams["Data"] = data.Length >= 4096 ? data : data.Concat(new byte[4096 - data.Length]).ToArray();
        }

        foreach (var (name, bytes) in ExtraStreams)
        {
            streams[name] = bytes;
        }

        return streams;
    }

    private byte[] Fib(int textLength, Dictionary<int, (int Offset, int Length)> pairs)
    {
        var fib = new byte[TextOffset];
        var w = new BinaryWriter(new MemoryStream(fib));
        w.Write((ushort)0xA5EC);
        w.Write(Version);
        w.Write((ushort)0);
        w.Write((ushort)0x0804);
        w.Write((ushort)0);
        w.Write((ushort)(0x0200 | ExtraFlags)); // fWhichTblStm: 1Table
        w.Seek(32, SeekOrigin.Begin);
        w.Write((ushort)14);
        w.Write(new byte[28]);
        w.Write((ushort)22);
        var longs = new int[22];
        longs[3] = MainLength ?? textLength;
        longs[4] = textLength - (MainLength ?? textLength);
        foreach (var value in longs)
        {
            w.Write(value);
        }

        w.Write((ushort)93);
        for (var i = 0; i < 93; i++)
        {
            var (offset, length) = pairs.TryGetValue(i, out var pair) ? pair : (0, 0);
            w.Write(offset);
            w.Write(length);
        }

        return fib;
    }

    private byte[] Clx(int length, int charSize)
    {
        var clx = new MemoryStream();
        var w = new BinaryWriter(clx);
        foreach (var grpprl in ModifierGrpprls)
        {
            w.Write((byte)1);
            w.Write((short)grpprl.Length);
            w.Write(grpprl);
        }

        var bounds = new List<int> { 0 };
        bounds.AddRange(PieceBreaks.Where(b => b > 0 && b < length).Order());
        bounds.Add(length);
        w.Write((byte)2);
        w.Write((uint)((bounds.Count * 4) + ((bounds.Count - 1) * 8)));
        foreach (var cp in bounds)
        {
            w.Write(cp);
        }

        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var fc = TextOffset + (bounds[i] * charSize);
            w.Write((ushort)0);
            w.Write(Compressed ? (uint)((fc * 2) | 0x40000000) : (uint)fc);
            w.Write(PieceModifiers.TryGetValue(i, out var prm) ? prm : (ushort)0);
        }

        return clx.ToArray();
    }

    /// <summary>One FKP entry per paragraph: (start FC, end FC, the PapxInFkp bytes).</summary>
    private List<(uint Start, uint End, byte[] Entry)> ParagraphPages(int charSize)
    {
        var entries = new List<(uint, uint, byte[])>();
        var cp = 0;
        foreach (var (text, papx, style) in _paragraphs)
        {
            var start = (uint)(TextOffset + (cp * charSize));
            cp += text.Length;
            var body = BitConverter.GetBytes(style).Concat(papx).ToList();
            if (body.Count % 2 != 0)
            {
                body.Add(0);
            }

            // cb = 0, then cb' = half the size of GrpPrlAndIstd.
            entries.Add((start, (uint)(TextOffset + (cp * charSize)), new byte[] { 0, (byte)(body.Count / 2) }.Concat(body).ToArray()));
        }

        return entries;
    }

    private List<(uint Start, uint End, byte[] Entry)> CharacterPages(int charSize)
    {
        var entries = new List<(uint, uint, byte[])>();
        var cp = 0;
        foreach (var (start, end, chpx) in _characterRuns.OrderBy(r => r.Start))
        {
            if (start > cp)
            {
                entries.Add(((uint)(TextOffset + (cp * charSize)), (uint)(TextOffset + (start * charSize)), []));
            }

            entries.Add(((uint)(TextOffset + (start * charSize)), (uint)(TextOffset + (end * charSize)), new[] { (byte)chpx.Length }.Concat(chpx).ToArray()));
            cp = end;
        }

        return entries;
    }

    /// <summary>Writes the formatting pages (one entry per page keeps it simple) and returns the bin table.</summary>
    private static byte[] BinTable(MemoryStream word, List<(uint Start, uint End, byte[] Entry)> entries, bool paragraphs)
    {
        var fcs = new List<uint>();
        var pages = new List<uint>();
        foreach (var (start, end, entry) in entries)
        {
            Pad(word, (int)(((word.Length + 511) / 512) * 512));
            var page = new byte[512];
            BitConverter.GetBytes(start).CopyTo(page, 0);
            BitConverter.GetBytes(end).CopyTo(page, 4);
            if (entry.Length > 0)
            {
                var at = paragraphs ? 256 : 300;
                entry.CopyTo(page, at);
                page[8] = (byte)(at / 2);
            }

            page[511] = 1;
            pages.Add((uint)(word.Length / 512));
            word.Write(page);
            fcs.Add(start);
        }

        fcs.Add(entries.Count > 0 ? entries[^1].End : 0);
        var bin = new MemoryStream();
        var w = new BinaryWriter(bin);
        fcs.ForEach(w.Write);
        pages.ForEach(w.Write);
        return bin.ToArray();
    }

    private byte[] StyleSheet()
    {
        var stsh = new MemoryStream();
        var w = new BinaryWriter(stsh);
        w.Write((ushort)18);          // cbStshi
        w.Write((ushort)_styles.Count); // cstd
        w.Write((ushort)10);          // cbSTDBaseInFile
        w.Write(new byte[14]);
        foreach (var (sti, basedOn, outline) in _styles)
        {
            var std = new MemoryStream();
            var s = new BinaryWriter(std);
            s.Write(sti);
            s.Write((ushort)(1 | (basedOn << 4)));  // stk = paragraph
            s.Write((ushort)2);                      // cupx
            s.Write((ushort)0);
            s.Write((ushort)0);
            s.Write((ushort)1);                      // name: one character and its null
            s.Write((ushort)'S');
            s.Write((ushort)0);
            var grpprl = outline is { } level ? new byte[] { 0x40, 0x26, level } : [];
            s.Write((ushort)(2 + grpprl.Length));
            s.Write((ushort)0);
            s.Write(grpprl);
            if (grpprl.Length % 2 != 0)
            {
                s.Write((byte)0);
            }

            s.Write((ushort)0);                      // empty character UPX
            w.Write((ushort)std.Length);
            w.Write(std.ToArray());
        }

        return stsh.ToArray();
    }

    private static (int Offset, int Length) Append(MemoryStream stream, byte[] bytes)
    {
        var offset = (int)stream.Length;
        stream.Write(bytes);
        return (offset, bytes.Length);
    }

    private static void Pad(MemoryStream stream, int length)
    {
        if (stream.Length < length)
        {
            stream.Write(new byte[length - stream.Length]);
        }
    }
}
