using System;
using System.IO;
using System.Text;
using System.Threading;
using ReportParser.Readers;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Hostile;

/// <summary>
/// Issue #11: "a cancellation token checked inside every reader loop". Every reader, given a token that is already
/// cancelled, stops at its first checkpoint instead of reading the document to the end (the time limit, RP0120, is that token).
/// </summary>
public sealed class ReaderCancellationTests
{
    [Theory]
    [InlineData("samples/balanced_2021.html")]
    [InlineData("docx/official_2021.docx")]
    [InlineData("pdf/official_2021.libreoffice.pdf")]
    [InlineData("doc/official_2021.doc")]
    [InlineData("wps/official_2021.wps")]
    [InlineData("text")]
    public void Every_reader_stops_at_its_first_checkpoint_when_cancelled(string fixture)
    {
        var bytes = fixture == "text"
            ? Encoding.UTF8.GetBytes("一、总体情况\n\n" + string.Join("\n", Array.ConvertAll(new int[50], _ => "| 自然人 | 1 | 2 |")))
            : File.ReadAllBytes(RepositoryPaths.Fixture(fixture));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var read = () => DocumentReaders.Read(bytes, SourceFormat.Unknown, Path.GetFileName(fixture), ReportCheckerOptions.Default, cancelled.Token);

        read.Should().Throw<OperationCanceledException>();
        DocumentReaders.Read(bytes, SourceFormat.Unknown, Path.GetFileName(fixture), ReportCheckerOptions.Default, CancellationToken.None).IsUnreadable.Should().BeFalse();
    }
}
