using System.IO;
using System.Linq;
using System.Text;
using ReportParser.Diagnostics;
using ReportParser.Documents;
using ReportParser.Fixtures;

namespace ReportParser.Tests.Infrastructure;

/// <summary>Short ways to check in-memory reports and HTML strings.</summary>
public static class Check
{
    public static CheckResult Spec(ReportSpec spec, ReportCheckerOptions? options = null) =>
        new ReportChecker(options ?? ReportCheckerOptions.Default).Check(SourceDocumentWriter.Write(spec));

    public static CheckResult Html(string html, string name = "page.html", ReportCheckerOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(html), name, options);

    public static CheckResult Bytes(byte[] content, string name, ReportCheckerOptions? options = null)
    {
        using var stream = new MemoryStream(content);
        return new ReportChecker(options ?? ReportCheckerOptions.Default).Check(stream, SourceFormat.Unknown, name);
    }

    public static SourceDocument ReadHtml(string html, string name = "page.html") =>
        ReportChecker.Default.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), SourceFormat.Html, name);

    public static string[] Ids(this CheckResult result) => result.Diagnostics.Select(d => d.Id).ToArray();

    public static Diagnostic[] Errors(this CheckResult result) =>
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
}
