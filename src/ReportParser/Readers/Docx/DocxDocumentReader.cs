using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Recognition;
using ReportParser.Texts;

namespace ReportParser.Readers.Docx;

/// <summary>
/// Reads a Word document (<c>.docx</c>, <c>.docm</c>, <c>.dotx</c>) with DocumentFormat.OpenXml into the same
/// <see cref="SourceDocument"/> the HTML reader produces. The package is checked first (<see cref="DocxPackage"/>):
/// a damaged ZIP is RP0102, XML parts beyond <see cref="ReportCheckerOptions.MaxDecompressedBytes"/> or nested deeper
/// than <see cref="DocxPackage.MaxXmlDepth"/> are RP0108. Then the body is walked by <see cref="DocxBodyWalker"/>.
/// </summary>
internal sealed class DocxDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public SourceDocument Read(byte[] content, ReadContext context)
    {
        var verification = DocxPackage.Verify(content, context.Options.MaxDecompressedBytes);
        if (verification.LimitWhat is { } what)
        {
            context.Diagnostics.Add(Descriptors.ResourceLimitExceeded, context.FileLocation, what, verification.LimitValue ?? string.Empty);
            return Unreadable(context);
        }

        if (verification.CorruptReason is { } reason)
        {
            return Corrupt(context, reason);
        }

        WordprocessingDocument document;
        try
        {
            // OpenXml copies a read-only stream to a temporary file in $TMPDIR (so it could rewrite malformed URIs), which a
            // killed worker leaves behind and which puts uploads on disk. A private, writable copy opened for editing stays
            // in memory; AutoSave is off and the copy is dropped, so nothing is ever written anywhere.
            var copy = new MemoryStream(content.Length);
            copy.Write(content, 0, content.Length);
            copy.Position = 0;
            document = WordprocessingDocument.Open(copy, true, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = context.Options.MaxDecompressedBytes,
            });
        }
        catch (Exception ex) when (IsPackageFailure(ex))
        {
            return Corrupt(context, ex.GetType().Name + ": " + ex.Message);
        }

        using (document)
        {
            OpenXmlElement body;
            DocxStyles styles;
            DocxNumbering numbering;
            MainDocumentPart main;
            try
            {
                if (document.MainDocumentPart is not { } mainPart || mainPart.Document?.Body is not { } documentBody)
                {
                    return Corrupt(context, "the package has no main document body (word/document.xml)");
                }

                main = mainPart;
                body = documentBody;
                styles = DocxStyles.Load(main.StyleDefinitionsPart?.Styles);
                numbering = DocxNumbering.Load(main.NumberingDefinitionsPart?.Numbering, styles);
            }
            catch (Exception ex) when (IsPackageFailure(ex))
            {
                return Corrupt(context, ex.GetType().Name + ": " + ex.Message);
            }

            var chunks = new DocxAltChunks(main, context, context.Options.MaxDecompressedBytes - verification.DecompressedBytes);
            var walker = new DocxBodyWalker(context, styles, numbering, id => Resolve(main, id), chunks.Read);
            walker.WalkBlocks(body, "body");

            return new SourceDocument
            {
                Source = context.Source,
                Format = SourceFormat.Docx,
                Title = TitleOf(document),
                Blocks = walker.Blocks.ToImmutableArray(),
                Diagnostics = context.Diagnostics.ToSortedArray(),
            };
        }
    }

    private static bool IsPackageFailure(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or XmlException or FormatException or IOException
            or NotSupportedException or UriFormatException or InvalidOperationException;

    private static string? TitleOf(WordprocessingDocument document)
    {
        try
        {
            var title = document.PackageProperties.Title;
            return string.IsNullOrWhiteSpace(title) ? null : Whitespace.CollapseWhitespace(title!, keepLineBreaks: false);
        }
        catch (Exception ex) when (IsPackageFailure(ex))
        {
            return null;
        }
    }

    private static string? Resolve(MainDocumentPart main, string id)
    {
        if (main.TryGetPartById(id, out var part))
        {
            return part.Uri.OriginalString;
        }

        return main.ExternalRelationships.FirstOrDefault(r => r.Id == id)?.Uri.OriginalString;
    }

    private static SourceDocument Corrupt(ReadContext context, string reason)
    {
        context.Diagnostics.Add(Descriptors.FileCorrupt, context.FileLocation, "DOCX", reason);
        return Unreadable(context);
    }

    private static SourceDocument Unreadable(ReadContext context) => context.Unreadable(SourceFormat.Docx);
}
