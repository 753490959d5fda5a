using System;
using System.Collections.Immutable;
using System.IO;
using ReportParser.Diagnostics;
using ReportParser.Documents;

namespace ReportParser.Readers.Doc;

/// <summary>
/// Reads a Word 97–2003 binary document (<c>.doc</c>, <c>.dot</c>) or a WPS document saved in the same format
/// (<c>.wps</c> from WPS Office) into the same <see cref="SourceDocument"/> the DOCX reader produces. Written from
/// [MS-CFB] and [MS-DOC] with no dependency: <see cref="CompoundFile"/> opens the container,
/// <see cref="WordBinaryDocument"/> the Word structures, <see cref="StoryReader"/> reads the main document into
/// paragraphs and <see cref="DocBodyWalker"/> makes blocks of them. Headers, footers, footnotes and comments are not
/// part of the body and are never read, as in the DOCX reader.
/// </summary>
/// <remarks>
/// What it refuses, each with its own reading diagnostic: a damaged container or Word structure (RP0102), an
/// encrypted or obfuscated document (RP0104), a compound file that holds no Word document (RP0103: Excel, PowerPoint,
/// Outlook messages …), Word 6.0/95 and older and the early Kingsoft WPS format (RP0106), and a fast-saved file whose
/// piece table carries single-property modifiers (RP0112).
/// </remarks>
internal sealed class DocDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Doc;

    public SourceDocument Read(byte[] content, ReadContext context)
    {
        WordBinaryDocument document;
        try
        {
            var likelyWps = Path.GetExtension(context.Source).Equals(".wps", StringComparison.OrdinalIgnoreCase);
            document = WordBinaryDocument.Open(content, likelyWps, context.CancellationToken);
            var stories = new StoryReader(document, context.CancellationToken);
            var walker = new DocBodyWalker(context, document, stories, TextBoxStories.Read(document, context.CancellationToken));
            var body = stories.Read(0, document.Fib.MainLength);
            walker.WalkBlocks(body, 0, body.Count, 0, "body");
            walker.WalkUnanchoredTextBoxes();
            return new SourceDocument
            {
                Source = context.Source,
                Format = SourceFormat.Doc,
                Blocks = walker.Blocks.ToImmutableArray(),
                Diagnostics = context.Diagnostics.ToSortedArray(),
            };
        }
        catch (WordBinaryException ex)
        {
            Report(context, ex);
            return context.Unreadable(SourceFormat.Doc);
        }
    }

    private static void Report(ReadContext context, WordBinaryException failure)
    {
        switch (failure.Failure)
        {
            case WordBinaryFailure.Encrypted:
                context.Diagnostics.Add(Descriptors.FileEncrypted, context.FileLocation, failure.Message);
                break;
            case WordBinaryFailure.LegacyVersion:
                context.Diagnostics.Add(Descriptors.LegacyBinaryFormat, context.FileLocation, failure.Message);
                break;
            case WordBinaryFailure.NotWord:
                context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, failure.Message);
                break;
            case WordBinaryFailure.FastSaved:
                context.Diagnostics.Add(Descriptors.FastSavedWord, context.FileLocation, failure.Message);
                break;
            default:
                context.Diagnostics.Add(Descriptors.FileCorrupt, context.FileLocation, DocumentReaders.Name(SourceFormat.Doc), failure.Message);
                break;
        }
    }
}
