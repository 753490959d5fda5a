using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace ReportParser.Readers.Doc;

/// <summary>
/// What the reader needs of a paragraph's properties ([MS-DOC] 2.6.2): its style, its table depth and whether its
/// mark ends a cell or a row (sprmPFInTable, sprmPItap/Dtap, sprmPFTtp, sprmPFInnerTableCell, sprmPFInnerTtp), its
/// outline level, its list (sprmPIlfo, sprmPIlvl), and the table sprms (sgc 5) a row-end mark carries.
/// </summary>
internal sealed class ParagraphProperties
{
    /// <summary>Nested tables deeper than this are read as if they were this deep (bounds the recursion).</summary>
    public const int MaxDepth = 32;

    private const ushort HugeParagraph = 0x6646;
    private const ushort HugeParagraph97 = 0x6645;

    public static ParagraphProperties Default { get; } = new();

    /// <summary>The paragraph style (istd).</summary>
    public int Style { get; private set; }

    /// <summary>The table depth (itap): 0 outside tables, 1 in a table, 2 in a table nested in a cell …</summary>
    public int Depth { get; private set; }

    /// <summary>fTtp: this depth-1 mark ends a table row.</summary>
    public bool RowEnd { get; private set; }

    /// <summary>fInnerTableCell: this paragraph mark ends a cell of a nested table.</summary>
    public bool InnerCellEnd { get; private set; }

    /// <summary>fInnerTtp: this paragraph mark ends a row of a nested table.</summary>
    public bool InnerRowEnd { get; private set; }

    /// <summary>The outline level set on the paragraph itself (0–8, 9 = body text), or null.</summary>
    public int? OutlineLevel { get; private set; }

    /// <summary>The list the paragraph itself sets (ilfo, 1-based; 0 = explicitly none), or null when it sets none (the style's applies).</summary>
    public int? ListOverride { get; private set; }

    /// <summary>The list level the paragraph itself sets (ilvl), or null.</summary>
    public int? ListLevel { get; private set; }

    /// <summary>The table sprms, in order (only kept for row-end marks, which define their row).</summary>
    public List<Sprm>? TableSprms { get; private set; }

    /// <summary>
    /// Applies the paragraph's grpprls in order: the one in its formatting page (following sprmPHugePapx into the Data
    /// stream), then the one its piece's modifier adds.
    /// </summary>
    public static ParagraphProperties Decode(PropertyRuns.Run? run, byte[] word, byte[]? data, ArraySegment<byte>? modifier)
    {
        if (run is null && modifier is null)
        {
            return Default;
        }

        var result = new ParagraphProperties { Style = run?.Style ?? 0 };
        var inTable = false;
        if (run is { Length: > 0 })
        {
            result.Apply(Sprm.Walk(word, run.Offset, run.Length), data, ref inTable, followHuge: true);
        }

        if (modifier is { } extra)
        {
            result.Apply(Sprm.Walk(extra), data, ref inTable, followHuge: false);
        }

        // Word 97 writes only fInTable; the depth is then 1.
        if (inTable && result.Depth == 0)
        {
            result.Depth = 1;
        }

        result.Depth = Math.Max(0, Math.Min(MaxDepth, result.Depth));
        if (!result.IsRowEndAtOwnDepth)
        {
            result.TableSprms = null;
        }

        return result;
    }

    /// <summary>sprmPIlfo: 1–0x7FE an index, 0xF801 no list, 0xF802–0xFFFF the negation of an index.</summary>
    internal static int ListIndex(short value) => value switch
    {
        -2047 => 0,
        < 0 => -value,
        _ => value,
    };

    private bool IsRowEndAtOwnDepth => Depth <= 1 ? RowEnd : InnerRowEnd;

    private void Apply(SprmEnumerator sprms, byte[]? data, ref bool inTable, bool followHuge)
    {
        foreach (var sprm in sprms)
        {
            switch (sprm.Code)
            {
                case 0x4600:
                    Style = sprm.UInt16;
                    break;
                case 0x2416:
                    inTable = sprm.Byte != 0;
                    break;
                case 0x2417:
                    RowEnd = sprm.Byte != 0;
                    break;
                case 0x6649:
                    Depth = sprm.Int32;
                    break;
                case 0x664A:
                    Depth = (int)Math.Max(int.MinValue, Math.Min(int.MaxValue, (long)Depth + sprm.Int32));
                    break;
                case 0x244B:
                    InnerCellEnd = sprm.Byte != 0;
                    break;
                case 0x244C:
                    InnerRowEnd = sprm.Byte != 0;
                    break;
                case 0x2640:
                    OutlineLevel = sprm.Byte;
                    break;
                case 0x460B:
                    ListOverride = ListIndex(sprm.Int16);
                    break;
                case 0x260A:
                    ListLevel = sprm.Byte;
                    break;
                case HugeParagraph or HugeParagraph97 when followHuge && data is not null:
                    // The paragraph's real grpprl is in the Data stream: a 16-bit size, then the sprms. It never nests.
                    var at = sprm.Int32;
                    if (at >= 0 && at + 2 <= data.Length)
                    {
                        var size = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at, 2));
                        Apply(Sprm.Walk(data, at + 2, Math.Min(size, data.Length - at - 2)), data, ref inTable, followHuge: false);
                    }

                    break;
                default:
                    if (((sprm.Code >> 10) & 7) == 5)
                    {
                        (TableSprms ??= []).Add(sprm);
                    }

                    break;
            }
        }
    }
}
