using System;
using System.Collections.Generic;
using System.IO;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Readers.Html;
using ReportParser.Readers.Pdf;

namespace ReportParser.Readers;

/// <summary>Chooses the reader by the content (not the extension) and turns every failure into a reading diagnostic.</summary>
internal static class DocumentReaders
{
    private static readonly Dictionary<SourceFormat, IDocumentReader> Readers = new()
    {
        [SourceFormat.Html] = new HtmlDocumentReader(),
        [SourceFormat.Pdf] = new PdfDocumentReader(),
    };

    public static SourceDocument Read(byte[] content, SourceFormat declared, string source, ReportCheckerOptions options)
    {
        var context = new ReadContext(source, options);
        var kind = FormatDetector.Sniff(content);
        var format = kind switch
        {
            ContentKind.Html => SourceFormat.Html,
            ContentKind.Pdf => SourceFormat.Pdf,
            ContentKind.Zip => SourceFormat.Docx,
            ContentKind.Text when declared == SourceFormat.Html => SourceFormat.Html,
            _ => SourceFormat.Unknown,
        };

        switch (kind)
        {
            case ContentKind.Empty:
                context.Diagnostics.Add(Descriptors.FileEmpty, context.FileLocation);
                return Unreadable(context, declared);
            case ContentKind.OleCompound:
                context.Diagnostics.Add(Descriptors.LegacyBinaryFormat, context.FileLocation, LegacyName(source));
                return Unreadable(context, declared);
        }

        if (format == SourceFormat.Unknown)
        {
            context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, FormatDetector.Describe(kind));
            return Unreadable(context, declared);
        }

        if (declared != SourceFormat.Unknown && declared != format)
        {
            context.Diagnostics.Add(Descriptors.FormatMismatch, context.FileLocation, Name(declared), Name(format));
        }

        if (!Readers.TryGetValue(format, out var reader))
        {
            context.Diagnostics.Add(Descriptors.UnsupportedFormat, context.FileLocation, Name(format) + " (no reader in this version)");
            return Unreadable(context, format);
        }

        try
        {
            var document = reader.Read(content, context);
            return context.Diagnostics.Count == document.Diagnostics.Length
                ? document
                : document with { Diagnostics = context.Diagnostics.ToSortedArray() };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Diagnostics.Add(Descriptors.ReaderCrashed, context.FileLocation, Name(format), ex.GetType().Name + ": " + ex.Message);
            return Unreadable(context, format);
        }
    }

    private static SourceDocument Unreadable(ReadContext context, SourceFormat format) => new()
    {
        Source = context.Source,
        Format = format,
        IsUnreadable = true,
        Diagnostics = context.Diagnostics.ToSortedArray(),
    };

    internal static string Name(SourceFormat format) => format switch
    {
        SourceFormat.Html => "HTML",
        SourceFormat.Docx => "DOCX",
        SourceFormat.Pdf => "PDF",
        _ => "unknown",
    };

    private static string LegacyName(string source) => Path.GetExtension(source).ToLowerInvariant() switch
    {
        ".wps" => "WPS (.wps)",
        ".xls" or ".et" => "Excel 97-2003 (.xls)",
        ".ppt" => "PowerPoint 97-2003 (.ppt)",
        _ => "Word 97-2003 (.doc)",
    };
}
