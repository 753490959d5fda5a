using System;
using System.Buffers.Binary;

namespace ReportParser.Readers.Doc;

/// <summary>One property modifier of a grpprl ([MS-DOC] 2.2.5.1 Sprm, 2.2.5.2 Prl): its code and its operand bytes.</summary>
internal readonly struct Sprm
{
    public const ushort TableDefinition = 0xD608;
    public const ushort TableDefinition10 = 0xD606;
    public const ushort ParagraphChangeTabs = 0xC615;

    public Sprm(ushort code, byte[] data, int operand, int length)
    {
        Code = code;
        Data = data;
        Operand = operand;
        Length = length;
    }

    public ushort Code { get; }

    /// <summary>The buffer holding the operand.</summary>
    public byte[] Data { get; }

    /// <summary>Where the operand starts in <see cref="Data"/>.</summary>
    public int Operand { get; }

    /// <summary>The operand's length in bytes (for variable-length operands, including the length prefix).</summary>
    public int Length { get; }

    public byte Byte => Data[Operand];

    public short Int16 => Length >= 2 ? BinaryPrimitives.ReadInt16LittleEndian(Data.AsSpan(Operand, 2)) : (short)0;

    public ushort UInt16 => Length >= 2 ? BinaryPrimitives.ReadUInt16LittleEndian(Data.AsSpan(Operand, 2)) : (ushort)0;

    public int Int32 => Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(Data.AsSpan(Operand, 4)) : 0;

    /// <summary>
    /// The sprms of a grpprl in order. A sprm whose operand would run past the end stops the walk (a damaged grpprl
    /// loses its tail, never the bytes around it).
    /// </summary>
    public static SprmEnumerator Walk(byte[] data, int offset, int length) => new(data, offset, offset + length);

    public static SprmEnumerator Walk(ArraySegment<byte> grpprl) => new(grpprl.Array ?? [], grpprl.Offset, grpprl.Offset + grpprl.Count);

    /// <summary>The operand size ([MS-DOC] 2.2.5.1, spra), or -1 when it does not fit before <paramref name="end"/>.</summary>
    internal static int OperandLength(ushort code, byte[] data, int operand, int end)
    {
        var length = (code >> 13) switch
        {
            0 or 1 => 1,
            2 or 4 or 5 => 2,
            3 => 4,
            7 => 3,
            _ => VariableLength(code, data, operand, end),
        };
        return length < 0 || operand + length > end ? -1 : length;
    }

    private static int VariableLength(ushort code, byte[] data, int operand, int end)
    {
        if (code is TableDefinition or TableDefinition10)
        {
            // TDefTableOperand.cb: the bytes after it, plus one.
            return operand + 2 > end ? -1 : 2 + Math.Max(0, BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(operand, 2)) - 1);
        }

        if (operand >= end)
        {
            return -1;
        }

        var size = data[operand];
        if (code != ParagraphChangeTabs || size != 255)
        {
            return 1 + size;
        }

        // PChgTabsOperand with cb = 255: the deleted tabs (count, positions, close widths) then the added ones (count, positions, kinds).
        var at = operand + 1;
        if (at >= end)
        {
            return -1;
        }

        at += 1 + (data[at] * 4);
        if (at >= end)
        {
            return -1;
        }

        at += 1 + (data[at] * 3);
        return at - operand;
    }
}

/// <summary>Walks the sprms of a grpprl without allocating.</summary>
internal struct SprmEnumerator
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _next;

    public SprmEnumerator(byte[] data, int start, int end)
    {
        _data = data;
        _next = start;
        _end = Math.Min(end, data.Length);
        Current = default;
    }

    public Sprm Current { get; private set; }

    public readonly SprmEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_next + 2 > _end)
        {
            return false;
        }

        var code = BinaryPrimitives.ReadUInt16LittleEndian(_data.AsSpan(_next, 2));
        var operand = _next + 2;
        var length = Sprm.OperandLength(code, _data, operand, _end);
        if (length < 0)
        {
            _next = _end;
            return false;
        }

        Current = new Sprm(code, _data, operand, length);
        _next = operand + length;
        return true;
    }
}
