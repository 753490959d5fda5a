using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ReportParser.Fixtures;

/// <summary>
/// A mutation fuzzer's mutator: turns one of our own fixtures into a broken variant, deterministically from a seed.
/// Mutations know the container: a DOCX is unzipped, one XML part is mutated and the package zipped again (so the
/// mutation reaches OpenXml and the body walker instead of failing the ZIP checksum); a PDF either has its bytes
/// mutated or one of its compressed streams inflated, mutated (content-stream operators, numbers) and deflated
/// again; HTML, text and Word 97-2003 files have their bytes mutated with tokens of their own kind.
/// </summary>
public static class Mutants
{
    /// <summary>No mutant grows past its seed's size plus this, so a case stays cheap to keep and replay.</summary>
    public const int MaxGrowth = 1 << 20;

    private static readonly string[] Numbers =
    [
        "0", "-1", "-0", "1e30", "1e308", "-1e308", "NaN", "2147483648", "-2147483649", "9223372036854775808",
        "79228162514264337593543950336", "0.000000000000000000001", "４２", "１，２３４", "99999999", "1.5.6", "--3",
    ];

    private static readonly string[] HtmlTokens =
    [
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td colspan=\"1000\">", "<td rowspan=\"100000\">",
        "<th colspan=\"0\">", "<div>", "</div>", "<br>", "<p>", "&#0;", "&#xFFFF;", "&nbsp;", "<!--", "-->", "<script>",
        "<img src=\"x.png\">", "<meta charset=\"gbk\">", "<table><tr><td>", "\0", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "总计", "自然人", "（七）", "一、", "|", "\t", "\r", "\uFEFF",
    ];

    private static readonly string[] TextTokens =
    [
        "|", "| --- |", "\t", "\n", "\r\n", "#", "## ", "三、", "（一）", "总计", "自然人", "\0", "\uFEFF", "|||||||||",
        "\t\t\t\t\t\t", "一、总体情况\n", "| 总计 | 1 | 2 |\n",
    ];

    private static readonly string[] WordXmlTokens =
    [
        "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:r><w:t>总计</w:t></w:r>",
        "<w:gridSpan w:val=\"9999\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>",
        "<w:gridCol w:w=\"0\"/>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"99999\"/></w:numPr>",
        "<w:altChunk r:id=\"rId999\"/>", "<w:tblGrid/>", "<w:t>", "</w:t>", "&#0;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
    ];

    /// <summary>Well-formed WordprocessingML fragments, inserted where a tag starts so the part stays XML.</summary>
    private static readonly string[] WordXmlFragments =
    [
        "<w:p><w:r><w:t>总计</w:t></w:r></w:p>", "<w:gridSpan w:val=\"9999\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:vMerge/>",
        "<w:vMerge w:val=\"restart\"/>", "<w:gridCol w:w=\"0\"/>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"99999\"/></w:numPr>",
        "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", "<w:tr><w:tc><w:p/></w:tc></w:tr>", "<w:tc><w:p/></w:tc>", "<w:tblGrid/>",
        "<w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r>", "<w:r><w:t>79228162514264337593543950336</w:t></w:r>", "<w:br/>",
        "<w:r><w:tab/></w:r>", "<w:altChunk r:id=\"rId999\"/>", "<w:r><w:drawing/></w:r>", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
    ];

    private static readonly string[] PdfTokens =
    [
        " 0 0 m 500 0 l S ", " 0 0 500 800 re f ", " 0 0 500 0.1 re S ", " q ", " Q ", " 1 0 0 1 0 0 cm ",
        " 1e30 0 0 1e30 0 0 cm ", " BT /F1 1e30 Tf (X) Tj ET ", " BT /F1 12 Tf 10 10 Td (总计) Tj ET ", " /X1 Do ",
        " W n ", " h ", " B* ", " 0 g ", " [(A) -1e9 (B)] TJ ", " T* ", " 3 Tr ", " 0 Tz ", " ET ", " BT ",
        " 4 0 R ", " << ", " >> ", " [ ", " ] ", " endobj ", " stream\n", " endstream ", " /Length 999999999 ",
        " /Count -1 ", " /Kids [1 0 R] ", " /Filter /FlateDecode ", " xref ", " trailer ", " startxref ",
    ];

    private static readonly string[] HtmlElements = ["table", "tr", "td", "th", "tbody", "p", "div", "span", "br", "h1", "h2", "h3"];

    private static readonly string[] WordElements = ["w:tbl", "w:tr", "w:tc", "w:p", "w:r", "w:t", "w:tblGrid", "w:tcPr", "w:pPr", "w:sectPr"];

    /// <summary>
    /// One mutant of <paramref name="seed"/> (a file with extension <paramref name="extension"/>): <paramref name="count"/>
    /// mutations chosen by <paramref name="random"/>. <paramref name="log"/> receives one line per mutation.
    /// </summary>
    public static byte[] Mutate(byte[] seed, string extension, Random random, int count, ICollection<string> log)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        var kind = (extension ?? string.Empty).TrimStart('.').ToLowerInvariant();
        var limit = seed.Length + MaxGrowth;
        var bytes = seed;
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(10);
            bytes = kind switch
            {
                "docx" when roll < 8 => MutateZipPart(bytes, random, log, limit),
                "pdf" when roll < 5 => MutatePdfStream(bytes, random, log, limit),
                "html" or "htm" when roll < 4 => MutateElement(bytes, HtmlElements, random, log, limit),
                "doc" or "wps" when roll < 8 => MutateInPlace(bytes, random, log),
                _ => MutateBytes(bytes, Tokens(kind), random, log, limit),
            };
        }

        return bytes;
    }

    private static string[] Tokens(string kind) => kind switch
    {
        "html" or "htm" => HtmlTokens,
        "txt" or "md" => TextTokens,
        "pdf" => PdfTokens,
        "docx" => WordXmlTokens,
        _ => Numbers,
    };

    /// <summary>One byte-level mutation: flip, set, insert, delete, duplicate, repeat, move, truncate, swap a number, insert a token.</summary>
    public static byte[] MutateBytes(byte[] bytes, string[] tokens, Random random, ICollection<string> log, int limit)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        if (bytes.Length == 0)
        {
            log.Add("insert into empty");
            return Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]);
        }

        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, 1 + random.Next(random.Next(2) == 0 ? 16 : 4096));
        var list = new List<byte>(bytes);
        switch (random.Next(10))
        {
            case 0:
                var bit = random.Next(8);
                list[at] ^= (byte)(1 << bit);
                log.Add(FormattableString.Invariant($"flip bit {bit} at {at}"));
                break;
            case 1:
                var value = (byte)new[] { 0x00, 0xFF, 0x7F, 0x80, 0x0A, 0x3C, 0x3E, 0x28, 0x29, 0x5B, 0x5D, 0x2F }[random.Next(12)];
                list[at] = value;
                log.Add(FormattableString.Invariant($"set {at} to 0x{value:X2}"));
                break;
            case 2:
                list.RemoveRange(at, length);
                log.Add(FormattableString.Invariant($"delete {length} at {at}"));
                break;
            case 3:
                var copies = 1 + random.Next(random.Next(4) == 0 ? 2000 : 4);
                copies = Math.Max(1, Math.Min(copies, (limit - bytes.Length) / Math.Max(1, length)));
                var chunk = bytes.Skip(at).Take(length).ToArray();
                var repeated = Enumerable.Repeat(chunk, copies).SelectMany(c => c).ToArray();
                list.InsertRange(at, repeated);
                log.Add(FormattableString.Invariant($"repeat {length} at {at} {copies}×"));
                break;
            case 4:
                var cut = random.Next(bytes.Length);
                list.RemoveRange(cut, bytes.Length - cut);
                log.Add(FormattableString.Invariant($"truncate at {cut}"));
                break;
            case 5:
                var to = random.Next(bytes.Length - length + 1);
                var moved = list.GetRange(at, length);
                list.RemoveRange(at, length);
                list.InsertRange(Math.Min(to, list.Count), moved);
                log.Add(FormattableString.Invariant($"move {length} from {at} to {to}"));
                break;
            case 6 or 7:
                return ReplaceNumber(bytes, random, log) ?? InsertToken(bytes, tokens, random, log, at);
            default:
                return InsertToken(bytes, tokens, random, log, at);
        }

        return list.ToArray();
    }

    /// <summary>
    /// One element-level mutation of markup (HTML, WordprocessingML): an element of one of <paramref name="names"/>,
    /// from its start tag to its matching end tag, is repeated (sometimes a thousand times), deleted, or moved, so the
    /// markup mostly stays well-formed and the mutation reaches the table and body walkers.
    /// </summary>
    public static byte[] MutateElement(byte[] bytes, string[] names, Random random, ICollection<string> log, int limit)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        var text = Encoding.Latin1.GetString(bytes);
        var name = names[random.Next(names.Length)];
        var starts = new List<int>();
        for (var at = text.IndexOf("<" + name, StringComparison.Ordinal); at >= 0; at = text.IndexOf("<" + name, at + 1, StringComparison.Ordinal))
        {
            var next = at + 1 + name.Length < text.Length ? text[at + 1 + name.Length] : '>';
            if (next is ' ' or '>' or '/' or '\n' or '\r' or '\t')
            {
                starts.Add(at);
            }
        }

        var start = starts.Count == 0 ? -1 : starts[random.Next(starts.Count)];
        var end = start < 0 ? -1 : ElementEnd(text, name, start);
        if (end < 0)
        {
            return MutateBytes(bytes, names.Select(n => "<" + n + ">").ToArray(), random, log, limit);
        }

        var element = bytes.AsSpan(start, end - start).ToArray();
        switch (random.Next(4))
        {
            case 0:
                log.Add(FormattableString.Invariant($"delete <{name}> at {start} ({element.Length} bytes)"));
                return [.. bytes.AsSpan(0, start), .. bytes.AsSpan(end)];
            case 1:
                byte[] without = [.. bytes.AsSpan(0, start), .. bytes.AsSpan(end)];
                var to = Array.IndexOf(without, (byte)'<', random.Next(without.Length + 1) is var r && r < without.Length ? r : 0);
                to = to < 0 ? without.Length : to;
                log.Add(FormattableString.Invariant($"move <{name}> from {start} to {to}"));
                return [.. without.AsSpan(0, to), .. element, .. without.AsSpan(to)];
            default:
                var copies = 1 + random.Next(random.Next(3) == 0 ? 1000 : 3);
                copies = Math.Max(1, Math.Min(copies, (limit - bytes.Length) / Math.Max(1, element.Length)));
                log.Add(FormattableString.Invariant($"repeat <{name}> at {start} ({element.Length} bytes) {copies}×"));
                return [.. bytes.AsSpan(0, end), .. Enumerable.Repeat(element, copies).SelectMany(e => e), .. bytes.AsSpan(end)];
        }
    }

    /// <summary>The index just after the end tag matching the start tag at <paramref name="start"/> (self-closing: after "/&gt;"); -1 if none.</summary>
    private static int ElementEnd(string text, string name, int start)
    {
        var close = text.IndexOf('>', start);
        if (close < 0)
        {
            return -1;
        }

        if (text[close - 1] == '/')
        {
            return close + 1;
        }

        var depth = 1;
        var at = close + 1;
        while (depth > 0)
        {
            var open = text.IndexOf("<" + name, at, StringComparison.Ordinal);
            var end = text.IndexOf("</" + name + ">", at, StringComparison.Ordinal);
            if (end < 0)
            {
                return -1;
            }

            if (open >= 0 && open < end && open + 1 + name.Length < text.Length && text[open + 1 + name.Length] is ' ' or '>')
            {
                depth++;
                at = open + 1;
            }
            else if (open >= 0 && open < end)
            {
                at = open + 1;
            }
            else
            {
                depth--;
                at = end + name.Length + 3;
            }
        }

        return at;
    }

    /// <summary>
    /// One mutation that keeps every byte where it was (for compound files, whose sectors are found by offset): a bit
    /// flipped, a byte or a 16/32-bit field set to a boundary value, a range overwritten by another; the first 4 KB
    /// (header, directory, often the FIB) are hit more often.
    /// </summary>
    public static byte[] MutateInPlace(byte[] bytes, Random random, ICollection<string> log)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        if (bytes.Length < 8)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        var at = random.Next(3) == 0 ? random.Next(Math.Min(4096, copy.Length - 4)) : random.Next(copy.Length - 4);
        switch (random.Next(4))
        {
            case 0:
                var bit = random.Next(8);
                copy[at] ^= (byte)(1 << bit);
                log.Add(FormattableString.Invariant($"flip bit {bit} at {at}"));
                break;
            case 1:
                uint[] values = [0, 1, 0xFF, 0xFFFF, 0x7FFF, 0x8000, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFD, 512, 4096];
                var value = values[random.Next(values.Length)];
                var width = random.Next(2) == 0 ? 2 : 4;
                for (var i = 0; i < width; i++)
                {
                    copy[at + i] = (byte)((value >> (8 * i)) & 0xFF);
                }

                log.Add(FormattableString.Invariant($"set {width} bytes at {at} to 0x{value:X}"));
                break;
            case 2:
                copy[at] = (byte)random.Next(256);
                log.Add(FormattableString.Invariant($"set byte {at} to 0x{copy[at]:X2}"));
                break;
            default:
                var length = Math.Min(1 + random.Next(512), copy.Length - at);
                var from = random.Next(copy.Length - length + 1);
                Array.Copy(bytes, from, copy, at, length);
                log.Add(FormattableString.Invariant($"overwrite {length} at {at} with the bytes at {from}"));
                break;
        }

        return copy;
    }

    /// <summary>Inserts a markup fragment right before a random tag, so well-formed markup stays well-formed.</summary>
    private static byte[] InsertAtTag(byte[] bytes, string[] fragments, Random random, ICollection<string> log)
    {
        var at = Array.IndexOf(bytes, (byte)'<', random.Next(bytes.Length));
        if (at <= 0)
        {
            at = Math.Max(0, Array.LastIndexOf(bytes, (byte)'<'));
        }

        var fragment = fragments[random.Next(fragments.Length)];
        var repeat = random.Next(6) == 0 ? 1 + random.Next(300) : 1;
        log.Add(FormattableString.Invariant($"insert {Printable(fragment)} {repeat}× before the tag at {at}"));
        return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(fragment, repeat))), .. bytes.AsSpan(at)];
    }

    private static byte[] InsertToken(byte[] bytes, string[] tokens, Random random, ICollection<string> log, int at)
    {
        var token = tokens[random.Next(tokens.Length)];
        var repeat = random.Next(8) == 0 ? 1 + random.Next(500) : 1;
        var inserted = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, repeat)));
        log.Add(FormattableString.Invariant($"insert {Printable(token)} {repeat}× at {at}"));
        return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
    }

    /// <summary>Replaces one run of ASCII digits (the k-th from a random start) by an absurd or odd number; null when there is none.</summary>
    private static byte[]? ReplaceNumber(byte[] bytes, Random random, ICollection<string> log)
    {
        var start = random.Next(bytes.Length);
        for (var probe = 0; probe < bytes.Length; probe++)
        {
            var i = (start + probe) % bytes.Length;
            if (!IsDigit(bytes[i]) || (i > 0 && IsDigit(bytes[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < bytes.Length && IsDigit(bytes[end]))
            {
                end++;
            }

            var number = Numbers[random.Next(Numbers.Length)];
            log.Add(FormattableString.Invariant($"number at {i} ({end - i} digits) -> {number}"));
            return [.. bytes.AsSpan(0, i), .. Encoding.UTF8.GetBytes(number), .. bytes.AsSpan(end)];
        }

        return null;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>Unzips a DOCX, mutates one XML part (word/document.xml most often) and zips it again.</summary>
    public static byte[] MutateZipPart(byte[] bytes, Random random, ICollection<string> log, int limit)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        List<(string Name, byte[] Data)> entries;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            entries = archive.Entries.Select(e => (e.FullName, ReadAll(e))).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            // An earlier byte mutation broke the container: keep mutating bytes.
            return MutateBytes(bytes, WordXmlTokens, random, log, limit);
        }

        var xml = entries.Select((e, i) => (e.Name, Index: i)).Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        if (xml.Count == 0)
        {
            return MutateBytes(bytes, WordXmlTokens, random, log, limit);
        }

        var main = xml.FindIndex(e => e.Name == "word/document.xml");
        var pick = main >= 0 && random.Next(3) != 0 ? xml[main] : xml[random.Next(xml.Count)];
        var part = entries[pick.Index];
        var inner = new List<string>();
        var mutated = random.Next(5) switch
        {
            0 => MutateBytes(part.Data, WordXmlTokens, random, inner, part.Data.Length + MaxGrowth),
            1 => ReplaceNumber(part.Data, random, inner) ?? InsertAtTag(part.Data, WordXmlFragments, random, inner),
            2 => InsertAtTag(part.Data, WordXmlFragments, random, inner),
            _ => MutateElement(part.Data, WordElements, random, inner, part.Data.Length + MaxGrowth),
        };
        log.Add(pick.Name + ": " + string.Join("; ", inner));
        entries[pick.Index] = (part.Name, mutated);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Picks one <c>/FlateDecode</c> stream of a PDF, inflates it, mutates the content (operators, numbers) and deflates
    /// it again with its <c>/Length</c> corrected; the cross-reference offsets after it go stale, as in a hand-edited file.
    /// </summary>
    public static byte[] MutatePdfStream(byte[] bytes, Random random, ICollection<string> log, int limit)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        var text = Encoding.Latin1.GetString(bytes);
        var streams = new List<(int DictStart, int DataStart, int DataEnd)>();
        for (var at = text.IndexOf("stream", StringComparison.Ordinal); at >= 0 && streams.Count < 4096; at = text.IndexOf("stream", at + 6, StringComparison.Ordinal))
        {
            if (at >= 3 && string.CompareOrdinal(text, at - 3, "end", 0, 3) == 0)
            {
                continue;
            }

            var dict = text.LastIndexOf("obj", at, Math.Min(at + 1, 4096), StringComparison.Ordinal);
            var data = at + 6 + (text.Length > at + 7 && text[at + 6] == '\r' ? 2 : 1);
            var end = text.IndexOf("endstream", data, StringComparison.Ordinal);
            if (dict < 0 || end < 0 || text.IndexOf("/FlateDecode", dict, at - dict, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            streams.Add((dict, data, end));
        }

        if (streams.Count == 0)
        {
            return MutateBytes(bytes, PdfTokens, random, log, limit);
        }

        var (dictStart, dataStart, dataEnd) = streams[random.Next(streams.Count)];
        byte[] inflated;
        try
        {
            using var input = new ZLibStream(new MemoryStream(bytes, dataStart, dataEnd - dataStart, writable: false), CompressionMode.Decompress);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0 && copy.Length < 16L * 1024 * 1024)
            {
                copy.Write(buffer, 0, read);
            }

            inflated = copy.ToArray();
        }
        catch (InvalidDataException)
        {
            return MutateBytes(bytes, PdfTokens, random, log, limit);
        }

        var inner = new List<string>();
        var mutated = MutateBytes(inflated, PdfTokens, random, inner, inflated.Length + MaxGrowth);
        using var deflatedStream = new MemoryStream();
        using (var z = new ZLibStream(deflatedStream, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(mutated);
        }

        var deflated = deflatedStream.ToArray();
        log.Add(FormattableString.Invariant($"stream at {dataStart} ({inflated.Length} bytes inflated): ") + string.Join("; ", inner));
        var header = FixLength(text.Substring(dictStart, dataStart - dictStart), deflated.Length);
        return [.. bytes.AsSpan(0, dictStart), .. Encoding.Latin1.GetBytes(header), .. deflated, (byte)'\n', .. bytes.AsSpan(dataEnd)];
    }

    private static string FixLength(string header, int length)
    {
        var at = header.IndexOf("/Length", StringComparison.Ordinal);
        if (at < 0)
        {
            return header;
        }

        var start = at + 7;
        while (start < header.Length && header[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < header.Length && char.IsDigit(header[end]))
        {
            end++;
        }

        var reference = header.Length > end + 4 && header.Substring(end, 4) is " 0 R";
        return end == start || reference
            ? header
            : string.Concat(header.AsSpan(0, start), length.ToString(System.Globalization.CultureInfo.InvariantCulture), header.AsSpan(end));
    }

    private static string Printable(string token) =>
        token.Length > 40 ? token[..40] + "…" : token.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
