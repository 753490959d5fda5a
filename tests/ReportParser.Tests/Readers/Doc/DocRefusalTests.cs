using System;
using System.Collections.Generic;
using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Readers.Doc;

/// <summary>
/// What the <c>.doc</c> reader refuses, each with its own reading diagnostic, and hostile containers (loops, absurd
/// counts and sizes, truncation, random damage). Every check runs with a one-second time limit: a refusal that came
/// from the limit (RP0120) instead of the reader would fail the test, so each refusal is known to come within 1 s.
/// </summary>
public sealed class DocRefusalTests
{
    private static readonly ReportCheckerOptions OneSecond = ReportCheckerOptions.Default with { TimeLimit = TimeSpan.FromSeconds(1) };

    private static readonly string[] ReadingRefusals =
    [
        DiagnosticIds.FileCorrupt, DiagnosticIds.UnsupportedFormat, DiagnosticIds.FileEncrypted, DiagnosticIds.LegacyBinaryFormat, DiagnosticIds.FastSavedWord,
    ];

    [Theory]
    [InlineData(0x0100, "password-protected Word 97-2003 document (RC4 encryption)")]
    [InlineData(0x8100, "password-protected Word 97-2003 document (XOR obfuscation)")]
    public void An_encrypted_document_gets_RP0104(int flags, string argument)
    {
        var builder = Report();
        builder.ExtraFlags = (ushort)flags;

        var finding = Refused(builder.Build(), "report.doc");

        finding.Id.Should().Be(DiagnosticIds.FileEncrypted);
        finding.Arguments.Should().Equal(argument);
    }

    [Theory]
    [InlineData(0x0065, "Word 6.0/95 (.doc, nFib 101)")]
    [InlineData(0x0068, "Word 6.0/95 (.doc, nFib 104)")]
    [InlineData(0x002D, "Word 2.0 or older (.doc, nFib 45)")]
    public void Word_95_and_older_get_RP0106(int version, string argument)
    {
        var builder = Report();
        builder.Version = (ushort)version;

        var finding = Refused(builder.Build(), "report.doc");

        finding.Id.Should().Be(DiagnosticIds.LegacyBinaryFormat);
        finding.Arguments.Should().Equal(argument);
    }

    [Theory]
    [InlineData("report.xls", "Excel 97-2003 workbook (.xls), not a Word document", "Workbook", "\u0005SummaryInformation")]
    [InlineData("report.doc", "PowerPoint 97-2003 presentation (.ppt), not a Word document", "PowerPoint Document", "Current User")]
    [InlineData("mail.msg", "Outlook message (.msg), not a Word document", "__properties_version1.0", "__substg1.0_0037001F")]
    [InlineData("thumbs.doc", "compound file without a WordDocument stream (it holds: Catalog)", "Catalog")]
    public void A_compound_file_that_is_not_Word_gets_RP0103(string name, string argument, params string[] streams)
    {
        var finding = Refused(Container(streams), name);

        finding.Id.Should().Be(DiagnosticIds.UnsupportedFormat);
        finding.Arguments.Should().Equal(argument);
    }

    [Theory]
    [InlineData("报告.wps", "early Kingsoft WPS (.wps) document: compound file without a WordDocument stream (it holds: WpsContent)", "WpsContent")]
    [InlineData("报告.doc", "Microsoft Works or early Kingsoft WPS (.wps) document without a WordDocument stream", "CONTENTS")]
    public void An_early_WPS_or_Works_file_gets_RP0106(string name, string argument, params string[] streams)
    {
        var finding = Refused(Container(streams), name);

        finding.Id.Should().Be(DiagnosticIds.LegacyBinaryFormat);
        finding.Arguments.Should().Equal(argument);
    }

    [Fact]
    public void A_fast_saved_file_with_single_property_modifiers_gets_RP0112()
    {
        var builder = Report();
        builder.ExtraFlags = 0x0004;
        builder.PieceBreaks.Add(3);
        builder.PieceModifiers[1] = 0x01B4; // Prm0: isprm 0x5A, value 1

        var finding = Refused(builder.Build(), "report.doc");

        finding.Id.Should().Be(DiagnosticIds.FastSavedWord);
        finding.Arguments.Should().Equal("the file was fast-saved and its piece table carries property changes as single-property modifiers (Prm0)");
    }

    [Fact]
    public void A_fast_saved_file_with_grpprl_modifiers_is_read_with_them()
    {
        var builder = new WordBinaryBuilder { ExtraFlags = 0x0004 }.Paragraph("可见隐藏\r");
        builder.PieceBreaks.Add(2);
        builder.ModifierGrpprls.Add(Sprms.Vanish);
        builder.PieceModifiers[1] = 0x0001; // Prm1: grpprl 0

        DocDocumentReaderTests.Read(builder).Blocks.Select(b => b.ToString()).Should().Equal("可见");
    }

    [Fact]
    public void A_loop_in_a_stream_chain_gets_RP0102()
    {
        var (file, starts, _, _) = CompoundFileWriter.WriteWithLayout(Report().BuildStreams());
        var word = starts["WordDocument"];
        CompoundFileWriter.WriteUInt32(file, CompoundFileWriter.SectorOffset(0) + ((word + 1) * 4), word);

        Corrupt(file).Should().Be("the FAT chain of stream 'WordDocument' loops at sector " + word);
    }

    [Fact]
    public void A_loop_in_the_directory_chain_gets_RP0102()
    {
        var (file, _, _, directory) = CompoundFileWriter.WriteWithLayout(Report().BuildStreams());
        CompoundFileWriter.WriteUInt32(file, CompoundFileWriter.SectorOffset(0) + (directory * 4), directory);

        Corrupt(file).Should().Be("the FAT chain of the directory loops at sector " + directory);
    }

    [Fact]
    public void A_loop_in_the_directory_tree_gets_RP0102()
    {
        var (file, _, _, directory) = CompoundFileWriter.WriteWithLayout(Report().BuildStreams());
        var secondEntry = CompoundFileWriter.SectorOffset(directory) + (2 * 128);
        CompoundFileWriter.WriteUInt32(file, secondEntry + 0x48, 1);

        Corrupt(file).Should().Be("the directory tree loops at entry 1");
    }

    [Fact]
    public void A_huge_FAT_sector_count_gets_RP0102_before_anything_is_allocated()
    {
        var file = Report().Build();
        CompoundFileWriter.WriteUInt32(file, 0x2C, 0x7FFFFFFF);

        Corrupt(file).Should().Be($"the header declares 2147483647 FAT sectors in a file of {(file.Length / 512) - 1} sectors");
    }

    [Fact]
    public void A_DIFAT_chain_that_loops_gets_RP0102()
    {
        // 300 FAT sectors: the header lists 109, the DIFAT sector (sector 0, whose last entry points back to itself) 127 more.
        var builder = Report();
        builder.Data = new byte[200_000];
        var file = builder.Build();
        CompoundFileWriter.WriteUInt32(file, 0x2C, 300);
        CompoundFileWriter.WriteUInt32(file, 0x44, 0);
        CompoundFileWriter.WriteUInt32(file, CompoundFileWriter.SectorOffset(0) + 508, 0);

        Corrupt(file).Should().Be("the DIFAT chain loops at sector 0");
    }

    [Fact]
    public void A_huge_stream_size_gets_RP0102()
    {
        var (file, _, _, directory) = CompoundFileWriter.WriteWithLayout(Report().BuildStreams());
        CompoundFileWriter.WriteUInt32(file, CompoundFileWriter.SectorOffset(directory) + 128 + 0x78, 0xFFFFFFF0);

        Corrupt(file).Should().Be($"the directory entry 'WordDocument' declares 4294967280 bytes in a file of {file.Length}");
    }

    [Fact]
    public void A_truncated_file_gets_RP0102()
    {
        var whole = Report().Build();

        Corrupt(whole.Take(whole.Length / 2).ToArray()).Should().StartWith("the FAT chain of the directory is broken at sector ");
        Corrupt(whole.Take(300).ToArray()).Should().Be("the file has 300 bytes, less than a compound file header");
    }

    [Fact]
    public void A_piece_table_outside_its_stream_gets_RP0102()
    {
        var streams = Report().BuildStreams();
        var word = streams["WordDocument"];
        BitConverter.GetBytes(0x7FFFFF00).CopyTo(word, 0x9A + (33 * 8));

        Corrupt(CompoundFileWriter.Write(streams)).Should().StartWith("the piece table (Clx at 2147483392");
    }

    [Fact]
    public void Random_damage_is_always_a_reading_diagnostic_within_the_time_limit()
    {
        var whole = Report().Build();
        Check.Bytes(whole, "warm.doc");
        var random = new Random(20261208);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 300; i++)
        {
            var damaged = (byte[])whole.Clone();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            var content = i % 3 == 0 ? damaged.Take(random.Next(8, damaged.Length)).ToArray() : damaged;
            var result = Check.Bytes(content, "random.doc", OneSecond);
            var ids = result.Diagnostics.Select(d => d.Id).ToArray();
            ids.Should().NotContain([DiagnosticIds.ReaderCrashed, DiagnosticIds.CheckTimedOut]);
            var key = result.Status == ReportStatus.Unreadable ? ids.Should().ContainSingle().Subject : result.Status.ToString();
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
            if (result.Status == ReportStatus.Unreadable)
            {
                ReadingRefusals.Should().Contain(key);
            }
        }

        outcomes.Keys.Should().Contain(DiagnosticIds.FileCorrupt);
    }

    internal static WordBinaryBuilder Report() => new WordBinaryBuilder()
        .Paragraph("示例县2023年政府信息公开工作年度报告\r")
        .Paragraph("一、总体情况\r")
        .Row([0, 3000, 6000], null, "项目", "数量")
        .Row([0, 3000, 6000], null, "行政许可", "120");

    private static byte[] Container(params string[] streams) => CompoundFileWriter.Write(streams.ToDictionary(s => s, _ => new byte[4096]));

    private static Diagnostic Refused(byte[] content, string name)
    {
        // Once without the limit, so the one-second limit measures the refusal, not the JIT compiling the reader.
        Check.Bytes(content, name);
        var result = Check.Bytes(content, name, OneSecond);
        result.Status.Should().Be(ReportStatus.Unreadable);
        return result.Diagnostics.Should().ContainSingle().Subject;
    }

    private static string Corrupt(byte[] content)
    {
        var finding = Refused(content, "report.doc");
        finding.Id.Should().Be(DiagnosticIds.FileCorrupt);
        finding.Arguments[0].Should().Be("Word 97-2003 (.doc/.wps)");
        return (string)finding.Arguments[1];
    }
}
