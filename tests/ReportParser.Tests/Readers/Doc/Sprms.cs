using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>Grpprl bytes for <see cref="WordBinaryBuilder"/>: the sprms of [MS-DOC] 2.6 a test needs, little-endian.</summary>
public static class Sprms
{
    public static byte[] Of(params byte[][] sprms) => sprms.SelectMany(s => s).ToArray();

    public static byte[] InTable => [0x16, 0x24, 1];

    public static byte[] RowEnd => [0x17, 0x24, 1];

    public static byte[] InnerCell => [0x4B, 0x24, 1];

    public static byte[] InnerRowEnd => [0x4C, 0x24, 1];

    public static byte[] Depth(int itap) => [0x49, 0x66, .. BitConverter.GetBytes(itap)];

    public static byte[] Outline(byte level) => [0x40, 0x26, level];

    public static byte[] HugePapx(int dataOffset) => [0x46, 0x66, .. BitConverter.GetBytes(dataOffset)];

    public static byte[] Vanish => [0x3C, 0x08, 1];

    public static byte[] Deleted => [0x00, 0x08, 1];

    public static byte[] Special => [0x55, 0x08, 1];

    public static byte[] PictureAt(int dataOffset) => [0x03, 0x6A, .. BitConverter.GetBytes(dataOffset)];

    /// <summary>sprmTDefTable: the cell boundaries in twips and each cell's TC80 flags (horzMerge bits 0–1, vertMerge bits 5–6).</summary>
    public static byte[] DefineRow(int[] edges, ushort[]? flags = null)
    {
        var cells = edges.Length - 1;
        var body = new List<byte> { (byte)cells };
        foreach (var edge in edges)
        {
            body.AddRange(BitConverter.GetBytes((short)edge));
        }

        for (var i = 0; i < cells; i++)
        {
            var tc = new byte[20];
            BitConverter.GetBytes(flags is not null && i < flags.Length ? flags[i] : (ushort)0).CopyTo(tc, 0);
            body.AddRange(tc);
        }

        return [0x08, 0xD6, .. BitConverter.GetBytes((ushort)(body.Count + 1)), .. body];
    }

    /// <summary>TC80 vertMerge: first of a vertical merge (3) or merged into the cell above (1).</summary>
    public const ushort VerticalRestart = 0x0060;

    public const ushort VerticalContinue = 0x0020;

    public static byte[] VerticalMerge(byte cell, byte flags) => [0x2B, 0xD6, 2, cell, flags];

    public static byte[] MergeCells(byte first, byte limit) => [0x24, 0x56, first, limit];

    public static byte[] SplitCells(byte first, byte limit) => [0x25, 0x56, first, limit];

    public static byte[] InsertCells(byte index, byte count, short width) => [0x21, 0x76, index, count, .. BitConverter.GetBytes(width)];

    public static byte[] DeleteCells(byte first, byte limit) => [0x22, 0x56, first, limit];
}
