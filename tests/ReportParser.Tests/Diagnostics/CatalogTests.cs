using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ReportParser.Diagnostics;
using ReportParser.Rules;

namespace ReportParser.Tests.Diagnostics;

public sealed class CatalogTests
{
    [Fact]
    public void Every_id_is_unique_well_formed_and_prefixed_by_its_category()
    {
        var all = DiagnosticCatalog.All;

        all.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        foreach (var descriptor in all)
        {
            descriptor.Id.Should().MatchRegex(@"^RP\d{4}$");
            int.Parse(descriptor.Id.Substring(2, 2), CultureInfo.InvariantCulture).Should().Be((int)descriptor.Category, descriptor.Id);
            int.Parse(descriptor.Id.Substring(4, 2), CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
        }

        all.Select(d => d.Id).Should().BeInAscendingOrder(System.StringComparer.Ordinal);
    }

    [Fact]
    public void Every_DiagnosticIds_constant_has_exactly_one_descriptor()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!).ToList();

        constants.Should().BeEquivalentTo(DiagnosticCatalog.All.Select(d => d.Id));
    }

    [Fact]
    public void Chinese_and_English_messages_use_the_same_placeholders()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var zh = Placeholders(descriptor.GetMessageFormat(CultureInfo.GetCultureInfo("zh-CN")));
            var en = Placeholders(descriptor.GetMessageFormat(CultureInfo.InvariantCulture));
            zh.Should().BeEquivalentTo(en, descriptor.Id);
            descriptor.GetTitle(CultureInfo.GetCultureInfo("zh-CN")).Should().NotBeNullOrWhiteSpace();
            descriptor.Rule.Should().MatchRegex(@"^(RULE\.[A-Z0-9_.]+|READ|RECOGNIZE|MAP|INTERNAL)$", descriptor.Id);
        }
    }

    [Fact]
    public void Every_rule_descriptor_has_exactly_one_owning_rule()
    {
        // Per-report rules own RP04xx–RP06xx; the cross-report API owns RP07xx. RP0508 is raised by the shared sum check.
        var owned = RuleRunner.DefaultRules.SelectMany(r => r.SupportedDiagnostics)
            .Concat(ReportParser.CrossReport.CrossReportChecker.SupportedDiagnostics)
            .Select(d => d.Id).ToList();

        owned.Should().OnlyHaveUniqueItems();
        var ruleCategories = new[] { DiagnosticCategory.Structure, DiagnosticCategory.Arithmetic, DiagnosticCategory.Narrative, DiagnosticCategory.CrossReport };
        var expected = DiagnosticCatalog.All.Where(d => ruleCategories.Contains(d.Category) && d.Id != DiagnosticIds.TotalLeftBlank).Select(d => d.Id);
        owned.Should().BeEquivalentTo(expected);
        ReportParser.CrossReport.CrossReportChecker.SupportedDiagnostics.Should().OnlyContain(d => d.Category == DiagnosticCategory.CrossReport);
    }

    private static string[] Placeholders(string format) =>
        Regex.Matches(format, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToArray();
}
