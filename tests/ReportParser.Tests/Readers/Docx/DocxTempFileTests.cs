using System;
using System.Collections.Concurrent;
using System.IO;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Docx;

[CollectionDefinition(nameof(ChangesTheTempDirectory), DisableParallelization = true)]
public sealed class ChangesTheTempDirectory
{
}

/// <summary>Issue #11: every DOCX (service uploads included) was written to $TMPDIR by OpenXml and left there after a crash.</summary>
[Collection(nameof(ChangesTheTempDirectory))]
public sealed class DocxTempFileTests
{
    [Fact]
    public void Reading_a_docx_writes_no_file_to_the_temporary_folder()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Fixture("docx/official_2021.docx"));
        var folder = Path.Combine(Path.GetTempPath(), "rp-docx-tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        var created = new ConcurrentQueue<string>();
        try
        {
            Environment.SetEnvironmentVariable("TMPDIR", folder);
            Path.GetTempPath().TrimEnd('/').Should().Be(folder, "the test redirects the temporary folder");
            using var watcher = new FileSystemWatcher(folder) { EnableRaisingEvents = true, IncludeSubdirectories = true };
            watcher.Created += (_, e) => created.Enqueue(e.Name ?? "?");

            var result = Check.Bytes(bytes, "upload.docx");
            System.Threading.Thread.Sleep(300); // let the watcher report

            result.Status.Should().Be(ReportStatus.Checked);
            created.Should().BeEmpty("the DOCX is read from memory");
            Directory.GetFileSystemEntries(folder).Should().BeEmpty();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
