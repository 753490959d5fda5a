using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Fixtures;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;
using ReportParser.Tests.Readers.Pdf;

namespace ReportParser.Tests.Readers.Hostile;

/// <summary>"We could not read it" never looks like "the report is fine": every path to Unreadable or NotAReport says why.</summary>
public sealed class StatusPathTests
{
    public static TheoryData<string> Cases() => new(StatusCases.Keys);

    private static readonly Dictionary<string, (Func<CheckResult> Check, ReportStatus Status, string Id)> StatusCases = new()
    {
        ["empty file"] = (() => Check.Bytes([], "empty.pdf"), ReportStatus.Unreadable, DiagnosticIds.FileEmpty),
        ["binary junk"] = (() => Check.Bytes(Enumerable.Range(0, 999).Select(i => (byte)(i % 31)).ToArray(), "junk.docx"), ReportStatus.Unreadable, DiagnosticIds.UnsupportedFormat),
        ["truncated PDF"] = (() => Check.Bytes(BadInputs.BlankPage().Take(200).ToArray(), "cut.pdf"), ReportStatus.Unreadable, DiagnosticIds.FileCorrupt),
        ["PDF header only"] = (() => Check.Bytes(Encoding.ASCII.GetBytes("%PDF-1.7\n%junk"), "head.pdf"), ReportStatus.Unreadable, DiagnosticIds.FileCorrupt),
        ["encrypted PDF"] = (() => Check.Bytes(TestPdf.Encrypted("user", "owner", "x"), "locked.pdf"), ReportStatus.Unreadable, DiagnosticIds.FileEncrypted),
        ["self-referencing PDF"] = (() => Check.Bytes(BadInputs.SelfReferencingResources(), "self.pdf"), ReportStatus.Unreadable, DiagnosticIds.ReferenceCycle),
        ["page-tree cycle"] = (() => Check.Bytes(BadInputs.PageTreeCycle(), "tree.pdf"), ReportStatus.Unreadable, DiagnosticIds.ReferenceCycle),
        ["0-page PDF"] = (() => Check.Bytes(BadInputs.ZeroPages(), "zero.pdf"), ReportStatus.Unreadable, DiagnosticIds.NothingReadable),
        ["blank page"] = (() => Check.Bytes(BadInputs.BlankPage(), "blank.pdf"), ReportStatus.Unreadable, DiagnosticIds.NothingReadable),
        ["text as outlines"] = (() => Check.Bytes(BadInputs.TextAsOutlines(), "outlines.pdf"), ReportStatus.Unreadable, DiagnosticIds.TextAsOutlines),
        ["broken OLE container"] = (() => Check.Bytes(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[512]).ToArray(), "x.doc"), ReportStatus.Unreadable, DiagnosticIds.FileCorrupt),
        ["over the size limit"] = (() => Check.Bytes(new byte[2048], "big.html", ReportCheckerOptions.Default with { MaxFileBytes = 1024 }), ReportStatus.Unreadable, DiagnosticIds.ResourceLimitExceeded),
        ["time limit"] = (() => Check.Bytes(BadInputs.BlankPage(), "slow.pdf", ReportCheckerOptions.Default with { TimeLimit = TimeSpan.Zero }), ReportStatus.Unreadable, DiagnosticIds.CheckTimedOut),
        ["empty HTML"] = (() => Check.Html("<html><body></body></html>"), ReportStatus.NotAReport, DiagnosticIds.NotAReport),
        ["web page that is not a report"] = (() => Check.Html("<html><body><p>欢迎访问。</p></body></html>"), ReportStatus.NotAReport, DiagnosticIds.NotAReport),
        ["attachment-only page"] = (() => Check.Html("<html><body><p>示例县2023年政府信息公开工作年度报告</p><p>附件：<a href=\"/a.pdf\">示例县2023年政府信息公开工作年度报告.pdf</a></p></body></html>"), ReportStatus.NotAReport, DiagnosticIds.ReportIsAttachment),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_unreadable_or_not_a_report_status_has_a_diagnostic_saying_why(string name)
    {
        var (check, status, id) = StatusCases[name];

        var result = check();

        result.Status.Should().Be(status, name);
        result.Diagnostics.Should().Contain(d => d.Id == id, name);
        result.Diagnostics.Should().Contain(d => d.Severity >= DiagnosticSeverity.Warning, name);
        if (status == ReportStatus.Unreadable)
        {
            result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error, name + ": an unreadable file fails --fail-on error");
        }
    }
}
