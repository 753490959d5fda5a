using System;
using System.Text;

namespace ReportParser.Tests.Readers.Docx;

/// <summary>
/// Writes a minimal valid OLE compound file ([MS-CFB] version 3): a header, one FAT sector and one directory sector
/// with a root entry and empty streams of the given names. Enough to stand for a .doc, a .wps or an encrypted DOCX.
/// </summary>
public static class CompoundFileBuilder
{
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static byte[] Build(params string[] streamNames)
    {
        if (streamNames.Length > 3)
        {
            throw new ArgumentException("One directory sector holds the root and three streams.", nameof(streamNames));
        }

        var file = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        WriteUInt16(file, 0x18, 0x003E);   // minor version
        WriteUInt16(file, 0x1A, 0x0003);   // major version 3: 512-byte sectors
        WriteUInt16(file, 0x1C, 0xFFFE);   // little-endian
        WriteUInt16(file, 0x1E, 9);        // sector shift
        WriteUInt16(file, 0x20, 6);        // mini sector shift
        WriteUInt32(file, 0x2C, 1);        // one FAT sector
        WriteUInt32(file, 0x30, 1);        // directory starts at sector 1
        WriteUInt32(file, 0x38, 4096);     // mini stream cutoff
        WriteUInt32(file, 0x3C, EndOfChain);
        WriteUInt32(file, 0x44, EndOfChain);
        WriteUInt32(file, 0x4C, 0);        // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            WriteUInt32(file, 0x4C + (i * 4), FreeSector);
        }

        // Sector 0 (file offset 512): the FAT. Sector 0 is a FAT sector, sector 1 the one-sector directory chain.
        WriteUInt32(file, 512, FatSector);
        WriteUInt32(file, 516, EndOfChain);
        for (var i = 2; i < 128; i++)
        {
            WriteUInt32(file, 512 + (i * 4), FreeSector);
        }

        // Sector 1 (file offset 1024): the directory.
        WriteEntry(file, 1024, "Root Entry", type: 5, child: streamNames.Length > 0 ? 1u : FreeSector);
        for (var i = 0; i < streamNames.Length; i++)
        {
            var right = i + 1 < streamNames.Length ? (uint)(i + 2) : FreeSector;
            WriteEntry(file, 1024 + ((i + 1) * 128), streamNames[i], type: 2, child: FreeSector, right: right);
        }

        return file;
    }

    private static void WriteEntry(byte[] file, int offset, string name, byte type, uint child, uint right = FreeSector)
    {
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(file, offset);
        WriteUInt16(file, offset + 0x40, (ushort)(bytes.Length + 2));
        file[offset + 0x42] = type;
        file[offset + 0x43] = 1;                  // black
        WriteUInt32(file, offset + 0x44, FreeSector);
        WriteUInt32(file, offset + 0x48, right);
        WriteUInt32(file, offset + 0x4C, child);
        WriteUInt32(file, offset + 0x74, EndOfChain); // no data
    }

    private static void WriteUInt16(byte[] file, int offset, ushort value)
    {
        file[offset] = unchecked((byte)value);
        file[offset + 1] = unchecked((byte)(value >> 8));
    }

    private static void WriteUInt32(byte[] file, int offset, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            file[offset + i] = unchecked((byte)(value >> (8 * i)));
        }
    }
}
