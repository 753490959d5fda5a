using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using ReportParser.Layout;
using ReportParser.Readers.Pdf;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Layout;

public sealed class LayoutTolerancesTests
{
    /// <summary>docs/pdf-reader.md lists every named tolerance with its value: a row <c>| `Name` | value |</c>.</summary>
    [Theory]
    [InlineData(typeof(LayoutTolerances))]
    [InlineData(typeof(PdfPageExtractor))]
    [InlineData(typeof(PdfDocumentReader))]
    public void Every_tolerance_is_listed_with_its_value_in_the_pdf_reader_doc(System.Type type)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Docs, "pdf-reader.md"));
        var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType != typeof(string))
            .ToList();

        constants.Should().NotBeEmpty();
        constants.Select(f => "| `" + f.Name + "` | " + Text(f.GetRawConstantValue()!) + " |")
            .Where(row => !doc.Contains(row, System.StringComparison.Ordinal))
            .Should().BeEmpty("docs/pdf-reader.md lists each tolerance of " + type.Name);
    }

    private static string Text(object value) => value switch
    {
        double d => d == System.Math.Floor(d) ? d.ToString("0.0", CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
