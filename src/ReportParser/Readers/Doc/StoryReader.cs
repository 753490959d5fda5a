using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace ReportParser.Readers.Doc;

/// <summary>
/// Reads a story (a range of character positions: the main document or a text box) into paragraphs. Fields are
/// reduced to their results as in the DOCX reader: the instruction between 0x13 and 0x14 is skipped, the result
/// between 0x14 and 0x15 kept, and a field still in its instruction at a paragraph end is closed there. Text deleted
/// with tracked changes is dropped (changes read as accepted), hidden text is dropped, and so are the characters that
/// stand for objects or marks (0x01 pictures, 0x08 drawings, 0x02 note references, 0x05 comment marks …).
/// </summary>
internal sealed class StoryReader
{
    private readonly WordBinaryDocument _document;
    private readonly CancellationToken _cancellationToken;
    private readonly List<bool> _openFields = [];
    private int _fieldsInInstruction;

    public StoryReader(WordBinaryDocument document, CancellationToken cancellationToken)
    {
        _document = document;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The paragraphs of character positions [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public List<WordParagraph> Read(int start, int end)
    {
        var length = Math.Max(0, end - start);
        var characters = new char[length];
        var offsets = new uint[length];
        _document.Pieces.Read(start, end, characters, offsets, _cancellationToken);

        var paragraphs = new List<WordParagraph>();
        var text = new StringBuilder();
        List<Anchor>? anchors = null;
        var paragraphStart = start;
        for (var i = 0; i < length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var cp = start + i;
            var c = characters[i];
            if (c is '\r' or '\a' || (c == '\f' && _document.IsSectionEnd(cp)))
            {
                paragraphs.Add(Finish(paragraphStart, c, offsets[i], cp, text, anchors));
                text.Clear();
                anchors = null;
                paragraphStart = cp + 1;
                continue;
            }

            Character(c, cp, _document.Characters.At(cp, offsets[i]), text, ref anchors);
        }

        if (text.Length > 0 || anchors is not null)
        {
            paragraphs.Add(Finish(paragraphStart, '\0', 0, -1, text, anchors));
        }

        return paragraphs;
    }

    private WordParagraph Finish(int start, char mark, uint markOffset, int markCp, StringBuilder text, List<Anchor>? anchors)
    {
        // As in the DOCX reader: a field whose instruction runs to the end of the paragraph ends there.
        if (_fieldsInInstruction > 0)
        {
            _openFields.RemoveAll(inResult => !inResult);
            _fieldsInInstruction = 0;
        }

        var properties = markCp < 0
            ? ParagraphProperties.Default
            : ParagraphProperties.Decode(
                _document.Paragraphs.Find(markOffset),
                _document.Word,
                _document.Data,
                _document.Pieces.ModifierGrpprl(_document.Pieces.ModifierAt(markCp)));
        return new WordParagraph(start, mark, text.ToString(), properties, anchors);
    }

    private void Character(char c, int cp, CharacterFormat format, StringBuilder text, ref List<Anchor>? anchors)
    {
        if (format.Deleted)
        {
            return;
        }

        switch (c)
        {
            case '\u0013':
                _openFields.Add(false);
                _fieldsInInstruction++;
                return;
            case '\u0014':
                if (_openFields.Count > 0 && !_openFields[_openFields.Count - 1])
                {
                    _openFields[_openFields.Count - 1] = true;
                    _fieldsInInstruction--;
                }

                return;
            case '\u0015':
                if (_openFields.Count > 0)
                {
                    _fieldsInInstruction -= _openFields[_openFields.Count - 1] ? 0 : 1;
                    _openFields.RemoveAt(_openFields.Count - 1);
                }

                return;
        }

        if (_fieldsInInstruction > 0 || format.Hidden)
        {
            return;
        }

        Visible(c, cp, format, text, ref anchors);
    }

    private static void Visible(char c, int cp, CharacterFormat format, StringBuilder text, ref List<Anchor>? anchors)
    {
        switch (c)
        {
            case '\t':
                text.Append('\t');
                break;
            case '\v' or '\f' or '\u2028' or '\u2029':
                // Line break, and a page or column break inside a paragraph (as w:br in DOCX).
                text.Append('\n');
                break;
            case '\u001E':
                // Non-breaking hyphen.
                text.Append('-');
                break;
            case '\u0001' when format.PictureLocation is { } location && !format.IsData:
                (anchors ??= []).Add(new Anchor(cp, IsPicture: true, location));
                break;
            case '\u0008':
                (anchors ??= []).Add(new Anchor(cp, IsPicture: false, 0));
                break;
            case '(' when format.Special:
            case >= '\uF000' and <= '\uF0FF':
                // A symbol (sprmCSymbol, or a character of a symbol font such as Wingdings) stands for a glyph; like
                // w:sym in the DOCX reader, it is not text.
                break;
            default:
                if (c >= ' ' && c != '\uFEFF')
                {
                    text.Append(c);
                }

                break;
        }
    }
}
