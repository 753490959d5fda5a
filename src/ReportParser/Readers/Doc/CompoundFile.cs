using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>A stream or storage directly under the root of a compound file.</summary>
internal sealed record CompoundEntry(string Name, bool IsStream, uint StartSector, long Size);

/// <summary>
/// An OLE compound file ([MS-CFB] versions 3 and 4) opened over its bytes: the header, the FAT (through the header's
/// DIFAT slots and the DIFAT chain), the directory and the mini stream. Only what the Word reader needs: the entries
/// directly under the root and the bytes of a stream.
/// </summary>
/// <remarks>
/// Hostile files are expected. Every count and size is checked against the file's length before anything is allocated
/// (a stream cannot be larger than the file that holds it), every sector chain is walked with a visited set so a loop
/// is reported instead of followed, and every walk checks the cancellation token. A failure is a
/// <see cref="WordBinaryException"/> of kind <see cref="WordBinaryFailure.Corrupt"/> naming the structure at fault.
/// </remarks>
internal sealed class CompoundFile
{
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const int HeaderDifatSlots = 109;
    private const int DirectoryEntrySize = 128;
    private const int MiniSectorSize = 64;

    private readonly byte[] _content;
    private readonly int _sectorShift;
    private readonly int _sectorSize;
    private readonly long _sectorCount;
    private readonly uint[] _fat;
    private readonly uint _miniStreamCutoff;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, CompoundEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
    private uint[]? _miniFat;
    private byte[]? _miniStream;
    private (uint Start, long Size) _root;

    private CompoundFile(byte[] content, int sectorShift, CancellationToken cancellationToken)
    {
        _content = content;
        _sectorShift = sectorShift;
        _sectorSize = 1 << sectorShift;
        _cancellationToken = cancellationToken;

        // Sector n lives at (n + 1) << shift; a last sector cut short by truncation still counts, its missing bytes are caught when read.
        _sectorCount = Math.Max(0, ((long)content.Length - _sectorSize + _sectorSize - 1) >> sectorShift);
        _miniStreamCutoff = ReadUInt32(0x38);
        _fat = ReadFat();
    }

    /// <summary>The streams and storages directly under the root, in directory order.</summary>
    public IReadOnlyList<CompoundEntry> RootEntries { get; private set; } = [];

    /// <summary>Opens the container: header, FAT and directory. Throws <see cref="WordBinaryException"/> when they are damaged.</summary>
    public static CompoundFile Open(byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length < 512)
        {
            throw WordBinaryException.Corrupt(Invariant($"the file has {content.Length} bytes, less than a compound file header"));
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(content.AsSpan(0, 8)) != 0xE11AB1A1E011CFD0)
        {
            throw WordBinaryException.Corrupt("the compound file signature is missing");
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(0x1E, 2));
        if (shift is not (9 or 12) || BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(0x1C, 2)) != 0xFFFE)
        {
            throw WordBinaryException.Corrupt(Invariant($"the compound file header declares a sector shift of {shift} (only 9 and 12 exist)"));
        }

        var file = new CompoundFile(content, shift, cancellationToken);
        file.ReadDirectory();
        return file;
    }

    /// <summary>The root-level stream of this name (case-insensitive, as in [MS-CFB]), or null.</summary>
    public CompoundEntry? Find(string name) =>
        _byName.TryGetValue(name, out var entry) && entry.IsStream ? entry : null;

    /// <summary>The bytes of a root-level stream. Throws <see cref="WordBinaryException"/> when its chain is damaged.</summary>
    public byte[] Read(CompoundEntry entry)
    {
        if (entry.Size == 0)
        {
            return [];
        }

        if (entry.Size < _miniStreamCutoff)
        {
            return ReadMini(entry);
        }

        return ReadChain(entry.StartSector, entry.Size, _fat, "stream '" + entry.Name + "'");
    }

    private uint[] ReadFat()
    {
        var fatSectors = ReadUInt32(0x2C);
        if (fatSectors > _sectorCount)
        {
            throw WordBinaryException.Corrupt(Invariant($"the header declares {fatSectors} FAT sectors in a file of {_sectorCount} sectors"));
        }

        var perSector = _sectorSize / 4;
        var locations = new List<uint>((int)fatSectors);
        for (var i = 0; i < HeaderDifatSlots && locations.Count < fatSectors; i++)
        {
            locations.Add(ReadUInt32(0x4C + (i * 4)));
        }

        // The FAT sectors beyond the first 109 are listed in a chain of DIFAT sectors, each ending with the next one's number.
        var difat = ReadUInt32(0x44);
        var visited = new HashSet<uint>();
        while (locations.Count < fatSectors)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (difat > MaxRegularSector || !visited.Add(difat))
            {
                throw WordBinaryException.Corrupt(difat > MaxRegularSector
                    ? Invariant($"the DIFAT chain ends after {locations.Count} of {fatSectors} FAT sectors")
                    : Invariant($"the DIFAT chain loops at sector {difat}"));
            }

            var offset = FullSector(difat, "the DIFAT chain");
            for (var i = 0; i < perSector - 1 && locations.Count < fatSectors; i++)
            {
                locations.Add(ReadUInt32(offset + (i * 4)));
            }

            difat = ReadUInt32(offset + _sectorSize - 4);
        }

        var fat = new uint[(long)fatSectors * perSector];
        for (var s = 0; s < locations.Count; s++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var offset = FullSector(locations[s], "the FAT");
            Buffer.BlockCopy(_content, (int)offset, fat, s * _sectorSize, _sectorSize);
        }

        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < fat.Length; i++)
            {
                fat[i] = BinaryPrimitives.ReverseEndianness(fat[i]);
            }
        }

        return fat;
    }

    private void ReadDirectory()
    {
        var start = ReadUInt32(0x30);
        var directory = ReadChain(start, null, _fat, "the directory");
        var count = directory.Length / DirectoryEntrySize;
        if (count == 0 || directory[0x42] != 5)
        {
            throw WordBinaryException.Corrupt("the directory has no root entry");
        }

        _root = (BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(0x74, 4)), EntrySize(directory, 0));
        var entries = new List<CompoundEntry>();

        // The root's children form a red-black tree through the left and right sibling ids; walk it, refusing cycles.
        var pending = new Stack<uint>();
        var seen = new HashSet<uint>();
        pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(0x4C, 4)));
        while (pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var id = pending.Pop();
            if (id == FreeSector)
            {
                continue;
            }

            if (id >= count || !seen.Add(id))
            {
                throw WordBinaryException.Corrupt(id >= count
                    ? Invariant($"the directory refers to entry {id} of {count}")
                    : Invariant($"the directory tree loops at entry {id}"));
            }

            var at = (int)id * DirectoryEntrySize;
            if (ToEntry(directory, at) is { } entry)
            {
                entries.Add(entry);
                _byName[entry.Name] = entry;
            }

            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x48, 4)));
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x44, 4)));
        }

        RootEntries = entries;
    }

    private CompoundEntry? ToEntry(byte[] directory, int at)
    {
        var type = directory[at + 0x42];
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 0x40, 2));
        if (type is not (1 or 2) || nameLength is < 2 or > 64 || nameLength % 2 != 0)
        {
            return null;
        }

        var name = Encoding.Unicode.GetString(directory, at, nameLength - 2);
        return new CompoundEntry(name, type == 2, BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 0x74, 4)), EntrySize(directory, at));
    }

    /// <summary>A stream's size: version 3 files keep only the low 32 bits (writers leave garbage in the high ones).</summary>
    private long EntrySize(byte[] directory, int at)
    {
        var size = BinaryPrimitives.ReadUInt64LittleEndian(directory.AsSpan(at + 0x78, 8));
        if (_sectorShift == 9)
        {
            size &= 0xFFFFFFFF;
        }

        if (size > (ulong)_content.Length)
        {
            var name = Encoding.Unicode.GetString(directory, at, Math.Min(64, (int)BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 0x40, 2)) & ~1)).TrimEnd('\0');
            throw WordBinaryException.Corrupt(Invariant($"the directory entry '{name}' declares {size} bytes in a file of {_content.Length}"));
        }

        return (long)size;
    }

    private byte[] ReadMini(CompoundEntry entry)
    {
        _miniFat ??= ReadMiniFat();
        _miniStream ??= _root.Size == 0 ? [] : ReadChain(_root.Start, _root.Size, _fat, "the mini stream");
        var result = new byte[entry.Size];
        var sector = entry.StartSector;
        var visited = new HashSet<uint>();
        for (long copied = 0; copied < entry.Size; copied += MiniSectorSize)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (sector >= _miniFat.Length || !visited.Add(sector))
            {
                throw WordBinaryException.Corrupt(sector < _miniFat.Length
                    ? Invariant($"the mini FAT chain of stream '{entry.Name}' loops at mini sector {sector}")
                    : Invariant($"the mini FAT chain of stream '{entry.Name}' ends after {copied} of {entry.Size} bytes"));
            }

            var offset = (long)sector * MiniSectorSize;
            var length = (int)Math.Min(MiniSectorSize, entry.Size - copied);
            if (offset + length > _miniStream.Length)
            {
                throw WordBinaryException.Corrupt(Invariant($"stream '{entry.Name}' points past the end of the mini stream"));
            }

            Buffer.BlockCopy(_miniStream, (int)offset, result, (int)copied, length);
            sector = _miniFat[sector];
        }

        return result;
    }

    private uint[] ReadMiniFat()
    {
        var sectors = ReadUInt32(0x40);
        if (sectors > _sectorCount)
        {
            throw WordBinaryException.Corrupt(Invariant($"the header declares {sectors} mini FAT sectors in a file of {_sectorCount} sectors"));
        }

        var bytes = ReadChain(ReadUInt32(0x3C), (long)sectors * _sectorSize, _fat, "the mini FAT");
        var table = new uint[bytes.Length / 4];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4, 4));
        }

        return table;
    }

    /// <summary>
    /// The bytes of a chain of regular sectors: <paramref name="size"/> bytes, or the whole chain when null. The size was
    /// checked against the file before; the chain must hold it, and a sector met twice is a loop.
    /// </summary>
    private byte[] ReadChain(uint start, long? size, uint[] fat, string what)
    {
        var sectors = new List<uint>();
        var visited = new HashSet<uint>();
        var needed = size is { } bytes ? (bytes + _sectorSize - 1) >> _sectorShift : long.MaxValue;
        var limit = Math.Min(fat.Length, _sectorCount);
        for (var sector = start; sectors.Count < needed && sector != EndOfChain;)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (sector > MaxRegularSector || sector >= limit)
            {
                throw WordBinaryException.Corrupt(Invariant($"the FAT chain of {what} is broken at sector {sector} (the file has {_sectorCount} sectors)"));
            }

            if (!visited.Add(sector))
            {
                throw WordBinaryException.Corrupt(Invariant($"the FAT chain of {what} loops at sector {sector}"));
            }

            sectors.Add(sector);
            sector = fat[sector];
        }

        if (size is { } expected && sectors.Count < needed)
        {
            throw WordBinaryException.Corrupt(Invariant($"the FAT chain of {what} ends after {(long)sectors.Count << _sectorShift} of {expected} bytes"));
        }

        var length = size ?? ((long)sectors.Count << _sectorShift);
        var result = new byte[length];
        for (var i = 0; i < sectors.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var offset = SectorOffset(sectors[i], what);
            var copy = (int)Math.Min(_sectorSize, length - ((long)i << _sectorShift));
            if (offset + copy > _content.Length)
            {
                throw WordBinaryException.Corrupt(Invariant($"the file is truncated: {what} needs sector {sectors[i]}, beyond the end"));
            }

            Buffer.BlockCopy(_content, (int)offset, result, i << _sectorShift, copy);
        }

        return result;
    }

    private long SectorOffset(uint sector, string what)
    {
        if (sector > MaxRegularSector || sector >= _sectorCount)
        {
            throw WordBinaryException.Corrupt(Invariant($"{what} refers to sector {sector}; the file has {_sectorCount}"));
        }

        return ((long)sector + 1) << _sectorShift;
    }

    /// <summary>The offset of a sector that must be present in full (FAT and DIFAT sectors).</summary>
    private long FullSector(uint sector, string what)
    {
        var offset = SectorOffset(sector, what);
        if (offset + _sectorSize > _content.Length)
        {
            throw WordBinaryException.Corrupt(Invariant($"the file is truncated: {what} needs sector {sector}, beyond the end"));
        }

        return offset;
    }

    private uint ReadUInt32(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(_content.AsSpan((int)offset, 4));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
