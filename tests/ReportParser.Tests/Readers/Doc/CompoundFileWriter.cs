using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// Writes an [MS-CFB] version 3 file (512-byte sectors) holding the given root-level streams, each in regular
/// sectors (streams shorter than 4,096 bytes are padded to it, so no mini stream is needed). Returns the layout too,
/// so hostile variants can be made by patching known places.
/// </summary>
public static class CompoundFileWriter
{
    public const uint EndOfChain = 0xFFFFFFFE;
    public const uint FreeSector = 0xFFFFFFFF;
    private const uint FatSectorMark = 0xFFFFFFFD;

    public static byte[] Write(IReadOnlyDictionary<string, byte[]> streams) => WriteWithLayout(streams).Bytes;

    /// <summary>The file, the first sector of each stream, and the sectors of the FAT and the directory.</summary>
    public static (byte[] Bytes, Dictionary<string, uint> Starts, uint FirstFatSector, uint DirectorySector) WriteWithLayout(IReadOnlyDictionary<string, byte[]> streams)
    {
        var padded = new List<(string Name, byte[] Data, long Size)>();
        foreach (var (name, data) in streams)
        {
            var size = Math.Max(4096, data.Length);
            var bytes = new byte[(size + 511) / 512 * 512];
            data.CopyTo(bytes, 0);
            padded.Add((name, bytes, size));
        }

        var dataSectors = 0;
        foreach (var stream in padded)
        {
            dataSectors += stream.Data.Length / 512;
        }

        var directorySectors = ((padded.Count + 1) * 128 + 511) / 512;
        var fatSectors = 1;
        while (fatSectors * 128 < fatSectors + dataSectors + directorySectors)
        {
            fatSectors++;
        }

        var fat = new uint[fatSectors * 128];
        Array.Fill(fat, FreeSector);
        for (var i = 0; i < fatSectors; i++)
        {
            fat[i] = FatSectorMark;
        }

        var next = (uint)fatSectors;
        var starts = new Dictionary<string, uint>();
        var body = new MemoryStream();
        foreach (var (name, data, _) in padded)
        {
            starts[name] = next;
            Chain(fat, next, data.Length / 512);
            next += (uint)(data.Length / 512);
            body.Write(data);
        }

        var directorySector = next;
        Chain(fat, next, directorySectors);
        var directory = new byte[directorySectors * 512];
        Entry(directory, 0, "Root Entry", 5, padded.Count > 0 ? 1u : FreeSector, FreeSector, EndOfChain, 0);
        for (var i = 0; i < padded.Count; i++)
        {
            var right = i + 1 < padded.Count ? (uint)(i + 2) : FreeSector;
            Entry(directory, (i + 1) * 128, padded[i].Name, 2, FreeSector, right, starts[padded[i].Name], padded[i].Size);
        }

        var file = new MemoryStream();
        file.Write(Header(fatSectors, directorySector));
        var fatBytes = new byte[fatSectors * 512];
        Buffer.BlockCopy(fat, 0, fatBytes, 0, fatBytes.Length);
        file.Write(fatBytes);
        file.Write(body.ToArray());
        file.Write(directory);
        return (file.ToArray(), starts, 0, directorySector);
    }

    public static void WriteUInt32(byte[] file, long offset, uint value) => BitConverter.GetBytes(value).CopyTo(file, offset);

    /// <summary>The file offset of sector <paramref name="sector"/>.</summary>
    public static long SectorOffset(uint sector) => (sector + 1L) * 512;

    private static byte[] Header(int fatSectors, uint directorySector)
    {
        var header = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header, 0);
        BitConverter.GetBytes((ushort)0x3E).CopyTo(header, 0x18);
        BitConverter.GetBytes((ushort)3).CopyTo(header, 0x1A);
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(header, 0x1C);
        BitConverter.GetBytes((ushort)9).CopyTo(header, 0x1E);
        BitConverter.GetBytes((ushort)6).CopyTo(header, 0x20);
        WriteUInt32(header, 0x2C, (uint)fatSectors);
        WriteUInt32(header, 0x30, directorySector);
        WriteUInt32(header, 0x38, 4096);
        WriteUInt32(header, 0x3C, EndOfChain);
        WriteUInt32(header, 0x44, EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            WriteUInt32(header, 0x4C + (i * 4), i < fatSectors ? (uint)i : FreeSector);
        }

        return header;
    }

    private static void Chain(uint[] fat, uint start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            fat[start + i] = i + 1 < count ? start + (uint)i + 1 : EndOfChain;
        }
    }

    private static void Entry(byte[] directory, int at, string name, byte type, uint child, uint right, uint start, long size)
    {
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(directory, at);
        BitConverter.GetBytes((ushort)(bytes.Length + 2)).CopyTo(directory, at + 0x40);
        directory[at + 0x42] = type;
        directory[at + 0x43] = 1;
        WriteUInt32(directory, at + 0x44, FreeSector);
        WriteUInt32(directory, at + 0x48, right);
        WriteUInt32(directory, at + 0x4C, child);
        WriteUInt32(directory, at + 0x74, start);
        BitConverter.GetBytes((ulong)size).CopyTo(directory, at + 0x78);
    }
}
