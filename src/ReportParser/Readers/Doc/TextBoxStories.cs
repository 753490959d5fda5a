using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The main document's text boxes ([MS-DOC] 2.8.36 PlcftxbxTxt, 2.8.31 PlcSpaMom): each box's range of character
/// positions in the text-box story, and the drawing anchor (the 0x08 character of its shape) in the main document,
/// matched by shape id. Boxes are read after the paragraph that anchors them, as the DOCX reader reads
/// <c>w:txbxContent</c>; a box whose shape is not anchored directly (a member of a group) is read at the end.
/// </summary>
internal sealed class TextBoxStories
{
    private const int SpaSize = 26;
    private const int TextBoxDescriptorSize = 22;

    private readonly Dictionary<int, List<(int Start, int End)>> _byAnchor = [];
    private readonly HashSet<int> _anchoredBoxes = [];

    private TextBoxStories()
    {
    }

    /// <summary>Every box in story order: (start, end) character positions of the box's text.</summary>
    public List<(int Start, int End)> Boxes { get; } = [];

    public static TextBoxStories Read(WordBinaryDocument document, CancellationToken cancellationToken)
    {
        var stories = new TextBoxStories();
        var fib = document.Fib;
        var (boxOffset, boxLength) = fib.Pair(56);
        var boxCount = PlcCount(boxOffset, boxLength, TextBoxDescriptorSize, document.Table.Length);
        var start = fib.TextBoxStart;
        var shapeIds = new Dictionary<int, int>();
        for (var i = 0; i < boxCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var from = ReadInt32(document.Table, boxOffset, i);
            var to = ReadInt32(document.Table, boxOffset, i + 1);
            var descriptor = (int)boxOffset + ((boxCount + 1) * 4) + (i * TextBoxDescriptorSize);
            var reusable = BinaryPrimitives.ReadUInt16LittleEndian(document.Table.AsSpan(descriptor + 8, 2)) != 0;
            if (reusable || from < 0 || to <= from || to > fib.TextBoxLength)
            {
                continue;
            }

            // The last descriptor closes the story and names no shape (lid 0): it is not a box.
            var id = BinaryPrimitives.ReadInt32LittleEndian(document.Table.AsSpan(descriptor + 14, 4));
            if (id == 0)
            {
                continue;
            }

            shapeIds[id] = stories.Boxes.Count;
            stories.Boxes.Add((start + from, start + to));
        }

        var (shapeOffset, shapeLength) = fib.Pair(40);
        var shapeCount = PlcCount(shapeOffset, shapeLength, SpaSize, document.Table.Length);
        for (var i = 0; i < shapeCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var anchor = ReadInt32(document.Table, shapeOffset, i);
            var id = BinaryPrimitives.ReadInt32LittleEndian(document.Table.AsSpan((int)shapeOffset + ((shapeCount + 1) * 4) + (i * SpaSize), 4));
            if (shapeIds.TryGetValue(id, out var box) && stories._anchoredBoxes.Add(box))
            {
                if (!stories._byAnchor.TryGetValue(anchor, out var list))
                {
                    stories._byAnchor[anchor] = list = [];
                }

                list.Add(stories.Boxes[box]);
            }
        }

        return stories;
    }

    /// <summary>The boxes whose shape is anchored at main-document position <paramref name="cp"/>.</summary>
    public IReadOnlyList<(int Start, int End)> At(int cp) => _byAnchor.TryGetValue(cp, out var list) ? list : [];

    /// <summary>The boxes no anchor was found for, in story order.</summary>
    public IEnumerable<(int Start, int End)> Unanchored()
    {
        for (var i = 0; i < Boxes.Count; i++)
        {
            if (!_anchoredBoxes.Contains(i))
            {
                yield return Boxes[i];
            }
        }
    }

    /// <summary>The element count of a PLC with elements of <paramref name="size"/> bytes, or 0 when it does not fit the table stream.</summary>
    private static int PlcCount(uint offset, uint length, int size, int tableLength) =>
        length < 4 || (length - 4) % (4 + size) != 0 || (long)offset + length > tableLength ? 0 : (int)((length - 4) / (4 + size));

    private static int ReadInt32(byte[] table, uint offset, int index) => BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan((int)offset + (index * 4), 4));
}
