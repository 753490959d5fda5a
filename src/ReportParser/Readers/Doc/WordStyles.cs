using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The paragraph styles of the style sheet ([MS-DOC] 2.9.271 STSH, 2.9.260 STD): for each style index its built-in
/// identifier (sti), the style it is based on and the outline level its paragraph properties set, so a paragraph's
/// heading level can be found as the DOCX reader finds it (heading 1–6 and Title by identity, else the outline level,
/// else the base style).
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 32;
    private const int StiTitle = 62;
    private const int NoStyle = 0x0FFF;

    private readonly Dictionary<int, Style> _styles = [];

    private WordStyles()
    {
    }

    public static WordStyles Empty { get; } = new();

    /// <summary>Reads the style sheet; a damaged one gives fewer styles, never an error (styles only decide heading levels).</summary>
    public static WordStyles Read(WordFib fib, byte[] table, CancellationToken cancellationToken)
    {
        var (offset, length) = fib.Pair(1);
        if (length < 4 || (long)offset + length > table.Length)
        {
            return Empty;
        }

        var styles = new WordStyles();
        var at = (int)offset;
        var end = at + (int)length;
        var header = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at, 2));
        if (at + 2 + header > end || header < 4)
        {
            return Empty;
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at + 2, 2));
        var baseLength = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at + 4, 2));
        at += 2 + header;
        for (var istd = 0; istd < count && at + 2 <= end; istd++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var size = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at, 2));
            at += 2;
            if (at + size > end)
            {
                break;
            }

            if (size >= 10 && baseLength >= 10 && baseLength <= size)
            {
                styles._styles[istd] = ReadStyle(table, at, size, baseLength);
            }

            at += size;
        }

        return styles;
    }

    /// <summary>1–6 when the style (or one it is based on) is a heading, else 0.</summary>
    public int HeadingLevel(int istd)
    {
        var current = istd;
        for (var steps = 0; steps < MaxChain && _styles.TryGetValue(current, out var style); steps++)
        {
            if (style.Sti is >= 1 and <= 6)
            {
                return style.Sti;
            }

            if (style.Sti == StiTitle)
            {
                return 1;
            }

            if (style.OutlineLevel is { } outline)
            {
                return LevelFromOutline(outline);
            }

            if (style.BasedOn == NoStyle || style.BasedOn == current)
            {
                break;
            }

            current = style.BasedOn;
        }

        return 0;
    }

    /// <summary>The list (ilfo, ilvl) the style or one it is based on sets, or null.</summary>
    public (int Override, int? Level)? List(int istd)
    {
        var current = istd;
        for (var steps = 0; steps < MaxChain && _styles.TryGetValue(current, out var style); steps++)
        {
            if (style.ListOverride is { } list)
            {
                return (list, style.ListLevel);
            }

            if (style.BasedOn == NoStyle || style.BasedOn == current)
            {
                break;
            }

            current = style.BasedOn;
        }

        return null;
    }

    /// <summary>An outline level (0 = level 1 … 8; 9 = body text) as a heading level 1–6, else 0.</summary>
    public static int LevelFromOutline(int outline) => outline is >= 0 and < 6 ? outline + 1 : 0;

    private static Style ReadStyle(byte[] table, int at, int size, int baseLength)
    {
        var sti = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at, 2)) & 0x0FFF;
        var kindAndBase = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at + 2, 2));
        var kind = kindAndBase & 0x000F;
        var basedOn = kindAndBase >> 4;
        var upxCount = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(at + 4, 2)) & 0x000F;
        int? outline = null;
        int? list = null;
        int? listLevel = null;

        // After the fixed part: the name (Xstz: count, UTF-16 characters, a null), then the UPXs, each padded to an even length.
        var end = at + size;
        var name = at + baseLength;
        if (kind == 1 && upxCount >= 1 && name + 2 <= end)
        {
            var upx = name + 2 + (BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(name, 2)) * 2) + 2;
            if (upx + 2 <= end)
            {
                // The paragraph UPX: cbUpx, the style index, then the grpprl.
                var upxSize = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(upx, 2));
                if (upxSize >= 2 && upx + 2 + upxSize <= end)
                {
                    foreach (var sprm in Sprm.Walk(table, upx + 4, upxSize - 2))
                    {
                        switch (sprm.Code)
                        {
                            case 0x2640:
                                outline = sprm.Byte;
                                break;
                            case 0x460B:
                                list = ParagraphProperties.ListIndex(sprm.Int16);
                                break;
                            case 0x260A:
                                listLevel = sprm.Byte;
                                break;
                        }
                    }
                }
            }
        }

        return new Style(sti, basedOn, outline, list, listLevel);
    }

    private sealed record Style(int Sti, int BasedOn, int? OutlineLevel, int? ListOverride, int? ListLevel);
}
