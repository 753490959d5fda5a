using System.Linq;
using ReportParser.Diagnostics;
using ReportParser.Model;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.EndToEnd;

/// <summary>The noise variants of the text fixtures (issue 13) read exactly and say how (their cells are checked by <see cref="FixtureTests"/>).</summary>
public sealed class TextFixtureNoiseTests
{
    [Fact]
    public void RP0211_look_alike_characters_in_row_labels_are_matched_approximately_and_named()
    {
        var result = CheckedDocuments.Fixture("text/noise_confusions_2021.txt");

        result.Format.Should().Be(SourceFormat.Text);
        var approximate = result.Diagnostics.Where(d => d.Id == DiagnosticIds.LabelMatchedApproximately).ToList();
        // 权異 still holds the distinctive anchor 第三方, so only 秘蜜 needs the approximate match.
        approximate.Select(d => d.Location.Row).Should().Equal("T3.R3.3.1");
        approximate[0].Arguments.Select(a => a?.ToString()).Should().Equal("表三", "1.属于国家秘蜜", "1.属于国家秘密", "1", "6");
        result.Report.Applications![ApplicationRow.NotDisclosedStateSecret, ApplicantColumn.NaturalPerson].IsRead.Should().BeTrue();
        result.Report.Applications[ApplicationRow.NotDisclosedThirdPartyRights, ApplicantColumn.NaturalPerson].IsRead.Should().BeTrue();
    }

    [Fact]
    public void A_lost_natural_person_header_is_inferred_and_said_so()
    {
        var result = CheckedDocuments.Fixture("text/noise_lost_header_2021.md");

        result.Diagnostics.Should().ContainSingle(d => d.Id == DiagnosticIds.ColumnInferred).Which.Location.Column.Should().Be("T3.C.natural_person");
    }
}
