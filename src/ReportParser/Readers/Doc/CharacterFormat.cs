using System;
using System.Collections.Generic;

namespace ReportParser.Readers.Doc;

/// <summary>
/// The character properties that decide whether and how a character is read ([MS-DOC] 2.6.1): hidden text
/// (sprmCFVanish), text deleted with tracked changes (sprmCFRMarkDel), special characters (sprmCFSpec) and, for a
/// picture character, where its picture lies in the Data stream (sprmCPicLocation, sprmCFData, sprmCFOle2).
/// </summary>
internal readonly record struct CharacterFormat(bool Hidden, bool Deleted, bool Special, int? PictureLocation, bool IsData)
{
    public static CharacterFormat Decode(PropertyRuns.Run? run, byte[] word, ArraySegment<byte>? modifier)
    {
        var format = default(CharacterFormat);
        if (run is { Length: > 0 })
        {
            format = Apply(format, Sprm.Walk(word, run.Offset, run.Length));
        }

        return modifier is { } extra ? Apply(format, Sprm.Walk(extra)) : format;
    }

    private static CharacterFormat Apply(CharacterFormat format, SprmEnumerator sprms)
    {
        foreach (var sprm in sprms)
        {
            format = sprm.Code switch
            {
                0x083C => format with { Hidden = Toggle(sprm.Byte) },
                0x0800 => format with { Deleted = sprm.Byte != 0 },
                0x0855 => format with { Special = sprm.Byte != 0 },
                0x6A03 => format with { PictureLocation = sprm.Int32 },
                0x0806 => format with { IsData = sprm.Byte != 0 },
                _ => format,
            };
        }

        return format;
    }

    /// <summary>ToggleOperand: 0 off, 1 on, 0x80 as the style (taken as off), 0x81 the opposite of the style (taken as on).</summary>
    private static bool Toggle(byte value) => value is 1 or 0x81;
}

/// <summary>Decodes each character run once.</summary>
internal sealed class CharacterFormats
{
    private readonly PropertyRuns _runs;
    private readonly Dictionary<(PropertyRuns.Run?, ushort), CharacterFormat> _cache = [];
    private readonly PieceTable _pieces;

    public CharacterFormats(PropertyRuns runs, PieceTable pieces)
    {
        _runs = runs;
        _pieces = pieces;
    }

    public CharacterFormat At(int cp, uint fc)
    {
        var run = _runs.Find(fc);
        var prm = _pieces.ModifierAt(cp);
        if (!_cache.TryGetValue((run, prm), out var format))
        {
            format = CharacterFormat.Decode(run, _runs.Word, _pieces.ModifierGrpprl(prm));
            _cache[(run, prm)] = format;
        }

        return format;
    }
}
