using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Readers.Doc;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// Corrupt and hostile variants of a real fixture (<c>fixtures/doc/official_2021.doc</c>, written by LibreOffice):
/// each gives its own reading diagnostic, with a one-second time limit that would turn a slow refusal into RP0120.
/// </summary>
public sealed class DocHostileFixtureTests
{
    private static readonly ReportCheckerOptions OneSecond = ReportCheckerOptions.Default with { TimeLimit = TimeSpan.FromSeconds(1) };

    private static readonly Lazy<byte[]> Original = new(() => File.ReadAllBytes(RepositoryPaths.Fixture("doc/official_2021.doc")));

    [Fact]
    public void The_original_is_read()
    {
        var result = Check.Bytes(Original.Value, "official_2021.doc");

        result.Status.Should().Be(ReportStatus.Checked);
        result.Report.Applications.Should().NotBeNull();
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.1)]
    public void Truncated_it_is_corrupt(double share)
    {
        var finding = Refused(Original.Value.Take((int)(Original.Value.Length * share)).ToArray());

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments[0].Should().Be("Word 97-2003 (.doc/.wps)");
    }

    [Fact]
    public void A_FAT_loop_is_corrupt()
    {
        var file = (byte[])Original.Value.Clone();
        var directory = BitConverter.ToUInt32(file, 0x30);
        var fat = BitConverter.ToUInt32(file, 0x4C);
        BitConverter.GetBytes(directory).CopyTo(file, (int)((fat + 1) * 512) + (int)(directory * 4));

        var finding = Refused(file);

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments.Should().Equal("Word 97-2003 (.doc/.wps)", $"the FAT chain of the directory loops at sector {directory}");
    }

    [Theory]
    [InlineData(0x2C, "FAT")]
    [InlineData(0x40, "mini FAT")]
    public void A_huge_sector_count_is_corrupt(int field, string what)
    {
        var file = (byte[])Original.Value.Clone();
        BitConverter.GetBytes(0xFFFFFF00u).CopyTo(file, field);

        var finding = Refused(file);

        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments[1].Should().Be($"the header declares 4294967040 {what} sectors in a file of {(file.Length / 512) - 1} sectors");
    }

    [Fact]
    public void The_encryption_flag_is_RP0104()
    {
        var file = PatchFib(fib => fib[0x0B] |= 0x01);

        var finding = Refused(file);

        finding.Id.Should().Be(DiagnosticIds.FileEncrypted);
        finding.Arguments.Should().Equal("password-protected Word 97-2003 document (RC4 encryption)");
    }

    [Fact]
    public void A_Word_95_version_is_RP0106()
    {
        var file = PatchFib(fib => BitConverter.GetBytes((ushort)0x68).CopyTo(fib, 2));

        var finding = Refused(file);

        finding.Id.Should().Be(DiagnosticIds.LegacyBinaryFormat);
        finding.Arguments.Should().Equal("Word 6.0/95 (.doc, nFib 104)");
    }

    [Fact]
    public void The_container_as_an_Excel_workbook_is_RP0103()
    {
        var file = (byte[])Original.Value.Clone();
        var name = Encoding.Unicode.GetBytes("WordDocument");
        var at = IndexOf(file, name);
        Array.Clear(file, at, 64);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(file, at);
        BitConverter.GetBytes((ushort)18).CopyTo(file, at + 0x40);

        var finding = Refused(file);

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal("Excel 97-2003 workbook (.xls), not a Word document");
    }

    private static byte[] PatchFib(Action<byte[]> patch)
    {
        var file = (byte[])Original.Value.Clone();
        var word = CompoundFile.Open(file, CancellationToken.None).Find("WordDocument")!;
        var offset = (int)((word.StartSector + 1) * 512);
        var fib = file.AsSpan(offset, 64).ToArray();
        patch(fib);
        fib.CopyTo(file, offset);
        return file;
    }

    private static int IndexOf(byte[] file, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= file.Length; i++)
        {
            if (file.AsSpan(i, pattern.Length).SequenceEqual(pattern))
            {
                return i;
            }
        }

        throw new InvalidOperationException("pattern not found");
    }

    private static Diagnostic Refused(byte[] content)
    {
        // Once without the limit, so the one-second limit measures the refusal, not the JIT compiling the reader.
        Check.Bytes(content, "official_2021.doc");
        var result = Check.Bytes(content, "official_2021.doc", OneSecond);
        result.Status.Should().Be(ReportStatus.Unreadable);
        return result.Diagnostics.Should().ContainSingle().Subject;
    }
}
