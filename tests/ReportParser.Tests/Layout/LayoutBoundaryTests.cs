using System.IO;
using System.Linq;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Layout;

public sealed class LayoutBoundaryTests
{
    /// <summary>The layout engine is fed by any fixed-layout reader: it knows no PDF library and no reader.</summary>
    [Fact]
    public void Layout_uses_neither_pdfpig_nor_the_readers()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src/ReportParser/Layout"), "*.cs");

        files.Should().HaveCountGreaterThan(20);
        files.Where(f => File.ReadAllLines(f).Any(l => l.StartsWith("using UglyToad", System.StringComparison.Ordinal) || l.StartsWith("using ReportParser.Readers", System.StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .Should().BeEmpty();
    }

    /// <summary>PdfPig is used in the two PDF reader files only.</summary>
    [Fact]
    public void Pdfpig_is_used_only_by_the_pdf_reader()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src/ReportParser"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("using UglyToad", System.StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'));

        files.Should().BeEquivalentTo("src/ReportParser/Readers/Pdf/PdfDocumentReader.cs", "src/ReportParser/Readers/Pdf/PdfPageExtractor.cs", "src/ReportParser/Readers/Pdf/PdfReferenceCycles.cs", "src/ReportParser/Readers/Pdf/PdfFontPrograms.cs");
    }
}
