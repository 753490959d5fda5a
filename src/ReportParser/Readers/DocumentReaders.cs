using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Readers.Doc;
using ReportParser.Readers.Docx;
using ReportParser.Readers.Html;
using ReportParser.Readers.Pdf;
using ReportParser.Readers.Text;

namespace ReportParser.Readers;

/// <summary>Chooses the reader by the content (not the extension) and turns every failure into a reading diagnostic.</summary>
internal static class DocumentReaders
{
    private static readonly Dictionary<SourceFormat, IDocumentReader> Readers = new()
    {
        [SourceFormat.Html] = new HtmlDocumentReader(),
        [SourceFormat.Docx] = new DocxDocumentReader(),
        [SourceFormat.Pdf] = new PdfDocumentReader(),
        [SourceFormat.Doc] = new DocDocumentReader(),
        [SourceFormat.Text] = new TextDocumentReader(),
    };

    public static SourceDocument Read(byte[] content, SourceFormat declared, string source, ReportCheckerOptions options, CancellationToken cancellationToken = default)
    {
        var context = new ReadContext(source, options, cancellationToken);
        var kind = FormatDetector.Sniff(content);
        var format = kind switch
        {
            ContentKind.Html => SourceFormat.Html,
            ContentKind.Pdf => SourceFormat.Pdf,
            ContentKind.Zip => SourceFormat.Docx,
            ContentKind.OleCompound => SourceFormat.Doc,
            ContentKind.Text when declared == SourceFormat.Html => SourceFormat.Html,
            ContentKind.Text when declared is SourceFormat.Text or SourceFormat.Unknown => SourceFormat.Text,
            _ => SourceFormat.Unknown,
        };

        switch (kind)
        {
            case ContentKind.Empty:
                context.Diagnostics.Add(Descriptors.FileEmpty, context.FileLocation);
                return Unreadable(context, declared);
            case ContentKind.OleCompound when OleCompoundFile.Classify(content) == OleContent.EncryptedPackage:
                // A password-protected DOCX/XLSX is an OLE container around the encrypted package, not a Word 97-2003 file.
                context.Diagnostics.Add(Descriptors.FileEncrypted, context.FileLocation, "password-protected Office document (encrypted OOXML package)");
                return Unreadable(context, declared);
            case ContentKind.Zip when !DocxPackage.IsWordprocessing(content, out var description):
                context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, description);
                return Unreadable(context, SourceFormat.Unknown);
        }

        if (format == SourceFormat.Unknown)
        {
            context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, WordFamily.Describe(content) ?? FormatDetector.Describe(kind));
            return Unreadable(context, declared);
        }

        if (declared != SourceFormat.Unknown && declared != format)
        {
            context.Diagnostics.Add(Descriptors.FormatMismatch, context.FileLocation, Name(declared), Name(format));
        }

        if (format is SourceFormat.Html or SourceFormat.Text && content.LongLength > options.MaxTextBytes)
        {
            return TextTooLarge(context, format, content.LongLength);
        }

        if (!Readers.TryGetValue(format, out var reader))
        {
            context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, Name(format) + " (no reader in this version)");
            return Unreadable(context, format);
        }

        try
        {
            var document = reader.Read(content, context);
            if (format is SourceFormat.Html or SourceFormat.Docx)
            {
                document = ImageTables.Apply(document, content, context);
            }

            if (document.IsUnreadable && !context.Diagnostics.HasErrors)
            {
                // Never "unreadable" without a reason: a reader that found nothing it could name still says so.
                context.Diagnostics.Add(Descriptors.NothingReadable, context.FileLocation, document.PageCount ?? 0, "no readable text");
            }

            return context.Diagnostics.Count == document.Diagnostics.Length
                ? document
                : document with { Diagnostics = context.Diagnostics.ToSortedArray() };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            context.Diagnostics.Add(Descriptors.ReaderCrashed, context.FileLocation, Name(format), ex.GetType().Name + ": " + ex.Message);
            return Unreadable(context, format);
        }
    }

    /// <summary>
    /// For a file over <see cref="ReportCheckerOptions.MaxTextBytes"/>: the RP0108 document when its first bytes
    /// (<paramref name="head"/>) make it an HTML page or a text file, so it is refused without being read; else null.
    /// </summary>
    public static SourceDocument? RefuseLargeText(byte[] head, long length, SourceFormat declared, string source, ReportCheckerOptions options)
    {
        var format = FormatDetector.Sniff(head) switch
        {
            ContentKind.Html => SourceFormat.Html,
            ContentKind.Text when declared is SourceFormat.Html => SourceFormat.Html,
            ContentKind.Text when declared is SourceFormat.Text or SourceFormat.Unknown => SourceFormat.Text,
            _ => SourceFormat.Unknown,
        };
        return format == SourceFormat.Unknown || length <= options.MaxTextBytes ? null : TextTooLarge(new ReadContext(source, options), format, length);
    }

    private static SourceDocument TextTooLarge(ReadContext context, SourceFormat format, long length)
    {
        context.Diagnostics.Add(
            Descriptors.ResourceLimitExceeded,
            context.FileLocation,
            (format == SourceFormat.Html ? "an HTML page of " : "a text file of ") + length.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
            context.Options.MaxTextBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        return Unreadable(context, format);
    }

    private static SourceDocument Unreadable(ReadContext context, SourceFormat format) => context.Unreadable(format);

    internal static string Name(SourceFormat format) => format switch
    {
        SourceFormat.Html => "HTML",
        SourceFormat.Docx => "DOCX",
        SourceFormat.Pdf => "PDF",
        SourceFormat.Doc => "Word 97-2003 (.doc/.wps)",
        SourceFormat.Text => "text",
        _ => "unknown",
    };
}
