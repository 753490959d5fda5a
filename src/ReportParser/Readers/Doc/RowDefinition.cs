using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using ReportParser.Readers.Docx;

namespace ReportParser.Readers.Doc;

/// <summary>
/// One table row as its row-end mark defines it ([MS-DOC] 2.4.3, 2.6.3): the cell boundaries in twips (sprmTDefTable
/// rgdxaCenter) and each cell's merge flags (TC80 tcgrf), with the later sprms that change them applied in order —
/// sprmTInsert, sprmTDelete, sprmTDxaCol, sprmTMerge, sprmTSplit and sprmTVertMerge.
/// </summary>
internal sealed class RowDefinition
{
    /// <summary>More cells than Word allows (63) are a damaged row; this bounds what the sprms may build.</summary>
    private const int MaxCells = 255;

    private readonly List<int> _edges = [];
    private readonly List<int> _horizontal = [];
    private readonly List<int> _vertical = [];

    private RowDefinition()
    {
    }

    /// <summary>Number of cells.</summary>
    public int Count => _horizontal.Count;

    /// <summary>The left edge of cell <paramref name="index"/>; its right edge is <c>Edge(index + 1)</c>.</summary>
    public int Edge(int index) => _edges[index];

    /// <summary>Builds the row from its table sprms, or returns null when they hold no sprmTDefTable.</summary>
    public static RowDefinition? From(IReadOnlyList<Sprm>? sprms)
    {
        if (sprms is null)
        {
            return null;
        }

        RowDefinition? row = null;
        foreach (var sprm in sprms)
        {
            if (sprm.Code == Sprm.TableDefinition)
            {
                row = new RowDefinition();
                row.Define(sprm);
            }
            else
            {
                row?.Change(sprm);
            }
        }

        return row;
    }

    /// <summary>The vertical merge of cell <paramref name="index"/> (TC80 vertMerge: 3 = first of the merged cells, 1 = merged into the one above).</summary>
    public MergeKind Vertical(int index) => index < _vertical.Count ? _vertical[index] switch
    {
        3 => MergeKind.Restart,
        1 => MergeKind.Continue,
        _ => MergeKind.None,
    } : MergeKind.None;

    /// <summary>
    /// The horizontal merge of cell <paramref name="index"/> (TC80 horzMerge, written by older Word). The two bits are
    /// "first of a merged set" and "merged with the preceding cell"; [MS-DOC] and the Word 97 documentation disagree on
    /// which bit is which, so a run of flagged cells is read by shape: its first cell, and any later cell flagged like
    /// it (or with both bits), starts a set; the others continue it.
    /// </summary>
    public MergeKind Horizontal(int index)
    {
        if (index >= _horizontal.Count || _horizontal[index] == 0)
        {
            return MergeKind.None;
        }

        var start = index;
        while (start > 0 && _horizontal[start - 1] != 0)
        {
            start--;
        }

        var code = _horizontal[index];
        return start == index || code == 3 || code == _horizontal[start] ? MergeKind.Restart : MergeKind.Continue;
    }

    private void Define(Sprm sprm)
    {
        // cb (2 bytes), NumberOfColumns, rgdxaCenter (n + 1 signed twips), rgTc80 (20 bytes each, possibly fewer than n).
        var data = sprm.Data;
        var end = sprm.Operand + sprm.Length;
        var at = sprm.Operand + 2;
        if (at >= end)
        {
            return;
        }

        var count = data[at++];
        if (at + ((count + 1) * 2) > end)
        {
            return;
        }

        for (var i = 0; i <= count; i++)
        {
            _edges.Add(BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(at + (i * 2), 2)));
        }

        at += (count + 1) * 2;
        for (var i = 0; i < count; i++)
        {
            var flags = at + ((i + 1) * 20) <= end ? BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at + (i * 20), 2)) : 0;
            _horizontal.Add(flags & 0x3);
            _vertical.Add((flags >> 5) & 0x3);
        }
    }

    private void Change(Sprm sprm)
    {
        if (sprm.Length < 2)
        {
            return;
        }

        var data = sprm.Data;
        var first = data[sprm.Operand];
        var limit = data[sprm.Operand + 1];
        switch (sprm.Code)
        {
            case 0x7621 when sprm.Length >= 4:
                Insert(first, limit, BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(sprm.Operand + 2, 2)));
                break;
            case 0x5622:
                Delete(first, limit);
                break;
            case 0x7623 when sprm.Length >= 4:
                SetWidths(first, limit, BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan(sprm.Operand + 2, 2)));
                break;
            case 0x5624:
                // sprmTMerge: the first cell starts the set, the rest are merged into it.
                for (var i = first; i < Math.Min(limit, Count); i++)
                {
                    _horizontal[i] = i == first ? 1 : 2;
                }

                break;
            case 0x5625:
                for (var i = first; i < Math.Min(limit, Count); i++)
                {
                    _horizontal[i] = 0;
                }

                break;
            case 0xD62B when sprm.Length >= 3:
                // VertMergeOperand: cb (= 2), the cell, its flags.
                if (data[sprm.Operand + 1] < Count)
                {
                    _vertical[data[sprm.Operand + 1]] = data[sprm.Operand + 2] & 0x3;
                }

                break;
        }
    }

    /// <summary>sprmTInsert: <paramref name="count"/> cells of <paramref name="width"/> at <paramref name="index"/>; the cells after move right.</summary>
    private void Insert(int index, int count, int width)
    {
        if (_edges.Count == 0 || Count + count > MaxCells)
        {
            return;
        }

        index = Math.Min(index, Count);
        var shift = count * width;
        for (var i = index + 1; i < _edges.Count; i++)
        {
            _edges[i] += shift;
        }

        for (var k = 1; k <= count; k++)
        {
            _edges.Insert(index + k, _edges[index] + (k * width));
            _horizontal.Insert(index + k - 1, 0);
            _vertical.Insert(index + k - 1, 0);
        }
    }

    /// <summary>sprmTDelete: cells [<paramref name="first"/>, <paramref name="limit"/>) go; the cells after move left.</summary>
    private void Delete(int first, int limit)
    {
        limit = Math.Min(limit, Count);
        if (first >= limit)
        {
            return;
        }

        var width = _edges[limit] - _edges[first];
        for (var i = limit + 1; i < _edges.Count; i++)
        {
            _edges[i] -= width;
        }

        _edges.RemoveRange(first + 1, limit - first);
        _horizontal.RemoveRange(first, limit - first);
        _vertical.RemoveRange(first, limit - first);
    }

    /// <summary>sprmTDxaCol: cells [<paramref name="first"/>, <paramref name="limit"/>) become <paramref name="width"/> wide.</summary>
    private void SetWidths(int first, int limit, int width)
    {
        for (var i = first; i < Math.Min(limit, Count); i++)
        {
            var shift = _edges[i] + width - _edges[i + 1];
            for (var e = i + 1; e < _edges.Count; e++)
            {
                _edges[e] += shift;
            }
        }
    }
}
