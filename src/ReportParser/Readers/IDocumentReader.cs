using ReportParser.Documents;

namespace ReportParser.Readers;

/// <summary>Stage 1: turns the bytes of one format into a <see cref="SourceDocument"/>. Never throws for a bad document.</summary>
internal interface IDocumentReader
{
    SourceFormat Format { get; }

    SourceDocument Read(byte[] content, ReadContext context);
}
