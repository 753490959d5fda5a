using System.Collections.Generic;

namespace ReportParser.Layout;

/// <summary>
/// The lines of one table without ruling lines, top to bottom, with their chunks and which of them are data lines
/// (rows of numbers). A region always holds at least one data line.
/// </summary>
internal sealed class BorderlessRegion
{
    public BorderlessRegion(List<GlyphLine> lines, List<List<GlyphLine>> chunks, List<bool> data)
    {
        Lines = lines;
        Chunks = chunks;
        Data = data;
        FirstData = data.IndexOf(true);
        LastData = data.LastIndexOf(true);
    }

    public List<GlyphLine> Lines { get; }

    public List<List<GlyphLine>> Chunks { get; }

    public List<bool> Data { get; }

    public int Count => Lines.Count;

    /// <summary>Index of the first data line.</summary>
    public int FirstData { get; }

    /// <summary>Index of the last data line.</summary>
    public int LastData { get; }
}
