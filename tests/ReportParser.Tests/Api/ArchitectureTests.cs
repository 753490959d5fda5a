using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using ReportParser.Model;
using ReportParser.Spec;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.Api;

/// <summary>
/// The floors of the library (docs/architecture.md), pinned: a type may use its own floor and the floors below it,
/// never one above. Readers may not use Recognition; Rules may not use Mapping. The report format lives in Spec only.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Library = typeof(ReportChecker).Assembly;

    /// <summary>Bottom first. Root-namespace data types sit on the ground floor; the facade (ReportChecker) is on top.</summary>
    private static readonly string[][] Floors =
    [
        [
            "ReportParser.Texts", "ReportParser.Spec", "ReportParser.Diagnostics", "ReportParser.Documents", "ReportParser.Model",
            "ReportParser.Imaging",
        ],
        ["ReportParser.Layout", "ReportParser.Readers"],
        ["ReportParser.Recognition"],
        ["ReportParser.Mapping"],
        ["ReportParser.Rules", "ReportParser.CrossReport"],
        ["ReportParser.Serialization", "ReportParser.Rendering"],
    ];

    public static TheoryData<string> Namespaces()
    {
        var data = new TheoryData<string>();
        foreach (var ns in Floors.SelectMany(f => f))
        {
            data.Add(ns);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void No_namespace_uses_a_floor_above_its_own(string ns)
    {
        var floor = Array.FindIndex(Floors, f => f.Contains(ns));
        var above = Floors.Skip(floor + 1).SelectMany(f => f).ToArray();

        Violations(ns, above).Should().BeEmpty($"{ns} is on floor {floor} and may use only floors 0–{floor}");
    }

    [Fact]
    public void Readers_do_not_use_recognition_and_layout_does_not_use_the_readers()
    {
        Violations("ReportParser.Readers", ["ReportParser.Recognition"]).Should().BeEmpty();
        Violations("ReportParser.Layout", ["ReportParser.Readers", "ReportParser.Recognition"]).Should().BeEmpty();
    }

    [Fact]
    public void Rules_and_cross_report_checks_do_not_use_mapping()
    {
        Violations("ReportParser.Rules", ["ReportParser.Mapping"]).Should().BeEmpty();
        Violations("ReportParser.CrossReport", ["ReportParser.Mapping"]).Should().BeEmpty();
    }

    [Fact]
    public void Text_helpers_know_nothing_of_the_report_format_or_the_stages()
    {
        var project = Floors.SelectMany(f => f).Where(ns => ns != "ReportParser.Texts").ToArray();

        Violations("ReportParser.Texts", project).Should().BeEmpty();
    }

    [Fact]
    public void The_floor_rule_sees_a_dependency_that_exists()
    {
        // Guards the guard: the same check reports an arrow that is there (Mapping uses Recognition's output).
        Violations("ReportParser.Mapping", ["ReportParser.Recognition"]).Should().NotBeEmpty();
        Violations("ReportParser.Readers", ["ReportParser.Documents"]).Should().NotBeEmpty();
    }

    [Fact]
    public void No_table_id_or_table_name_is_written_outside_Spec()
    {
        // "T2", "T3", "T4", 表二, 表三, 表四 in string literals belong to Spec (StandardTable); only the diagnostic messages,
        // prose in two languages, name the tables in words.
        var source = Path.Combine(RepositoryPaths.Root, "src", "ReportParser");
        var literal = new Regex("\"(?:T[234]\"|[^\"\\n]*表[二三四])");
        var offenders = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(source, f).StartsWith("Spec" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetRelativePath(source, f) != Path.Combine("Diagnostics", "Descriptors.cs")) // messages: prose in two languages
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(source, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && literal.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Every_member_of_a_public_model_enum_names_a_distinct_spec_id_the_spec_knows()
    {
        var rows = StandardTables.ApplicationRows.Concat(StandardTables.DisclosureRows).Select(r => r.Id)
            .Append(StandardTables.ReviewRowId).ToHashSet(StringComparer.Ordinal);
        var columns = StandardTables.ApplicantColumns.Concat(StandardTables.DisclosureColumns).Concat(StandardTables.ReviewColumns)
            .Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Check<ApplicationRow>(rows, ReportIds.Of);
        Check<ApplicantColumn>(columns, ReportIds.Of);
        Check<DisclosureRow>(rows, ReportIds.Of);
        Check<DisclosureColumn>(columns, ReportIds.Of);
        Check<ReviewLitigationColumn>(columns, ReportIds.Of);

        // Spot checks: ids do not follow the members' positions.
        ReportIds.Of(ApplicationRow.NotDisclosedInternalAffairs).Should().Be("T3.R3.3.5");
        ReportIds.Of(ApplicationRow.OtherHandlingFeeUnpaid).Should().Be("T3.R3.6.2");
        ReportIds.Of(ReviewLitigationColumn.SuitAfterReviewTotal).Should().Be("T4.C.lit_after_review.total");
        ReportIds.Of(DisclosureColumn.Change).Should().Be("T2.C.change");
    }

    [Fact]
    public void Template_specs_cover_the_years_and_vote_as_the_two_layouts_require()
    {
        TemplateSet.National.ExpectedFor(2018).Should().Be(TemplateVersion.Pre2019);
        TemplateSet.National.ExpectedFor(2019).Should().Be(TemplateVersion.V2019Trial);
        TemplateSet.National.ExpectedFor(2020).Should().Be(TemplateVersion.V2019Trial);
        TemplateSet.National.ExpectedFor(2021).Should().Be(TemplateVersion.V2021);
        TemplateSet.National.ExpectedFor(2030).Should().Be(TemplateVersion.V2021);

        TemplateSet.National.VoteDisclosure(["T2.C.decisions"]).Should().Be(TemplateVersion.Unknown);
        TemplateSet.National.VoteDisclosure(["T2.C.issued", "T2.C.decisions"]).Should().Be(TemplateVersion.V2021);
        TemplateSet.National.VoteDisclosure(["T2.C.new_made", "T2.C.change", "T2.C.issued"]).Should().Be(TemplateVersion.V2019Trial);
        TemplateSet.National.VoteDisclosure(["T2.C.new_made", "T2.C.issued"]).Should().Be(TemplateVersion.V2021, "a tie goes to the later template");

        TemplateSet.National.VoteApplicationLayout(["T3.R1", "T3.R3.6"]).Version.Should().Be(TemplateVersion.V2019Trial);
        TemplateSet.National.VoteApplicationLayout(["T3.R1", "T3.R3.6", "T3.R3.6.2"]).Version.Should().Be(TemplateVersion.V2021);
        TemplateSet.National.VoteApplicationLayout(["T3.R1"]).Version.Should().Be(TemplateVersion.V2019Trial, "no （六） sub-row: the single-row layout");
        TemplateSpec.V2021.ApplicationCells.Should().HaveCount(25 * 7);
        TemplateSpec.V2019Trial.ApplicationCells.Should().HaveCount(23 * 7);
        TemplateSpec.V2021.DisclosureCells.Should().HaveCount(10);
        TemplateSpec.V2019Trial.DisclosureCells.Should().HaveCount(22);
    }

    private static void Check<TEnum>(HashSet<string> known, Func<TEnum, string> id)
        where TEnum : struct, Enum
    {
        var ids = Enum.GetValues<TEnum>().Select(id).ToList();
        ids.Should().OnlyHaveUniqueItems(typeof(TEnum).Name);
        ids.Should().BeSubsetOf(known, typeof(TEnum).Name);
    }

    private static IEnumerable<string> Violations(string ns, string[] forbidden)
    {
        var present = forbidden.Where(f => Types.InAssembly(Library).That().ResideInNamespace(f).GetTypes().Any()).ToArray();
        if (present.Length == 0 || !Types.InAssembly(Library).That().ResideInNamespace(ns).GetTypes().Any())
        {
            return [];
        }

        var result = Types.InAssembly(Library).That().ResideInNamespace(ns).ShouldNot().HaveDependencyOnAny(present).GetResult();
        return result.IsSuccessful ? [] : (result.FailingTypes ?? []).Select(t => t.FullName).ToList();
    }
}
