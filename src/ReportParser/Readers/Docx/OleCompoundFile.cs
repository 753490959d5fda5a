using System;
using System.Collections.Generic;
using System.Text;

namespace ReportParser.Readers.Docx;

/// <summary>What an OLE compound file (CFB: <c>.doc</c>, <c>.wps</c>, <c>.xls</c>, encrypted OOXML) holds, from its directory.</summary>
internal enum OleContent
{
    /// <summary>The directory could not be read, or holds nothing this reader knows.</summary>
    Unknown,

    /// <summary>A Word 97-2003 (or WPS) document: a <c>WordDocument</c> stream.</summary>
    WordBinary,

    /// <summary>An Excel 97-2003 workbook: a <c>Workbook</c> or <c>Book</c> stream.</summary>
    ExcelBinary,

    /// <summary>A PowerPoint 97-2003 presentation: a <c>PowerPoint Document</c> stream.</summary>
    PowerPointBinary,

    /// <summary>A password-protected OOXML file (DOCX, XLSX …): <c>EncryptionInfo</c> and <c>EncryptedPackage</c> streams.</summary>
    EncryptedPackage,
}

/// <summary>
/// Reads the directory of an OLE compound file ([MS-CFB]) far enough to list the names of its streams and storages.
/// Bounded: every chain walk stops after as many steps as the file has sectors, so a looping or truncated file ends
/// as <see cref="OleContent.Unknown"/>, never as an exception or a hang.
/// </summary>
internal static class OleCompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    public static OleContent Classify(byte[] content)
    {
        var names = ReadDirectoryNames(content);
        if (names is null)
        {
            return OleContent.Unknown;
        }

        if (names.Contains("EncryptionInfo") && names.Contains("EncryptedPackage"))
        {
            return OleContent.EncryptedPackage;
        }

        if (names.Contains("WordDocument"))
        {
            return OleContent.WordBinary;
        }

        if (names.Contains("Workbook") || names.Contains("Book"))
        {
            return OleContent.ExcelBinary;
        }

        return names.Contains("PowerPoint Document") ? OleContent.PowerPointBinary : OleContent.Unknown;
    }

    /// <summary>The names of every stream and storage in the directory, or null when the file is not a readable CFB.</summary>
    public static HashSet<string>? ReadDirectoryNames(byte[] content)
    {
        if (content.Length < 512 || ReadUInt32(content, 0) != 0xE011CFD0 || ReadUInt32(content, 4) != 0xE11AB1A1)
        {
            return null;
        }

        var sectorShift = ReadUInt16(content, 0x1E);
        if (sectorShift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (uint)Math.Max(0, (content.Length - sectorSize) / sectorSize + 1);
        var fat = ReadFat(content, sectorShift, sectorCount);
        if (fat is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var sector = ReadUInt32(content, 0x30);
        for (uint steps = 0; sector <= MaxRegularSector && steps < sectorCount; steps++)
        {
            var offset = SectorOffset(sector, sectorShift);
            if (offset < 0 || offset + sectorSize > content.Length)
            {
                return names.Count > 0 ? names : null;
            }

            for (var entry = offset; entry < offset + sectorSize; entry += DirectoryEntrySize)
            {
                var nameLength = ReadUInt16(content, entry + 0x40);
                var type = content[entry + 0x42];
                if (type is 1 or 2 or 5 && nameLength is >= 2 and <= 64 && nameLength % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(content, (int)entry, nameLength - 2));
                }
            }

            sector = sector < fat.Length ? fat[sector] : EndOfChain;
        }

        return names;
    }

    private static uint[]? ReadFat(byte[] content, int sectorShift, uint sectorCount)
    {
        var sectorSize = 1 << sectorShift;
        var perSector = sectorSize / 4;
        var fatSectorCount = ReadUInt32(content, 0x2C);
        if (fatSectorCount > sectorCount)
        {
            return null;
        }

        // The FAT sectors are listed in the header's 109 DIFAT slots, then in a chain of DIFAT sectors.
        var fatSectors = new List<uint>((int)fatSectorCount);
        for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < fatSectorCount; i++)
        {
            fatSectors.Add(ReadUInt32(content, 0x4C + (i * 4)));
        }

        var difat = ReadUInt32(content, 0x44);
        for (uint steps = 0; fatSectors.Count < fatSectorCount && difat <= MaxRegularSector && steps < sectorCount; steps++)
        {
            var offset = SectorOffset(difat, sectorShift);
            if (offset < 0 || offset + sectorSize > content.Length)
            {
                break;
            }

            for (var i = 0; i < perSector - 1 && fatSectors.Count < fatSectorCount; i++)
            {
                fatSectors.Add(ReadUInt32(content, offset + (i * 4)));
            }

            difat = ReadUInt32(content, offset + sectorSize - 4);
        }

        var fat = new uint[fatSectors.Count * perSector];
        for (var s = 0; s < fatSectors.Count; s++)
        {
            var offset = SectorOffset(fatSectors[s], sectorShift);
            if (offset < 0 || offset + sectorSize > content.Length)
            {
                // A truncated file: keep what was readable, the rest ends the chains.
                for (var i = 0; i < perSector; i++)
                {
                    fat[(s * perSector) + i] = EndOfChain;
                }

                continue;
            }

            for (var i = 0; i < perSector; i++)
            {
                fat[(s * perSector) + i] = ReadUInt32(content, offset + (i * 4));
            }
        }

        return fat;
    }

    private static long SectorOffset(uint sector, int sectorShift) => ((long)sector + 1) << sectorShift;

    private static ushort ReadUInt16(byte[] content, long offset) => unchecked((ushort)(content[offset] | (content[offset + 1] << 8)));

    private static uint ReadUInt32(byte[] content, long offset) =>
        unchecked((uint)(content[offset] | (content[offset + 1] << 8) | (content[offset + 2] << 16) | (content[offset + 3] << 24)));
}
