using ReportParser.Mapping;
using ReportParser.Model;

namespace ReportParser.Tests.Mapping;

public sealed class CellParserTests
{
    [Theory]
    [InlineData("26", 26)]
    [InlineData(" 0 ", 0)]
    [InlineData("２１", 21)]
    [InlineData("3,985,758", 3985758)]
    [InlineData("1，234", 1234)]
    [InlineData("96171.6", 96171.6)]
    [InlineData("24252.311082", 24252.311082)]
    [InlineData("-18", -18)]
    [InlineData("+1036", 1036)]
    [InlineData("－１８", -18)]
    public void Numbers_are_read_exactly(string raw, double expected)
    {
        var parsed = CellParser.Parse(raw);

        parsed.Kind.Should().Be(CellKind.Number);
        parsed.Number.Should().Be((decimal)expected);
        parsed.Unit.Should().BeNull();
    }

    [Theory]
    [InlineData("251000元", 251000, "元")]
    [InlineData("75394432.52元", 75394432.52, "元")]
    [InlineData("3940 元", 3940, "元")]
    [InlineData("12件", 12, "件")]
    [InlineData("7730.28万元", 7730.28, "万元")]
    public void A_unit_in_the_cell_is_stripped_and_kept(string raw, double expected, string unit)
    {
        var parsed = CellParser.Parse(raw);

        parsed.Number.Should().Be((decimal)expected);
        parsed.Unit.Should().Be(unit);
    }

    [Fact]
    public void A_parenthetical_note_after_the_number_is_kept_as_note()
    {
        var parsed = CellParser.Parse("22（其中修订 16 件）");

        parsed.Number.Should().Be(22m);
        parsed.Note.Should().Be("其中修订 16 件");
    }

    [Theory]
    [InlineData("", CellKind.Blank)]
    [InlineData("   ", CellKind.Blank)]
    [InlineData("\u00a0", CellKind.Blank)]
    [InlineData("—", CellKind.Dash)]
    [InlineData("——", CellKind.Dash)]
    [InlineData("-", CellKind.Dash)]
    [InlineData("－", CellKind.Dash)]
    [InlineData("/", CellKind.Slash)]
    [InlineData("／", CellKind.Slash)]
    [InlineData("无", CellKind.Text)]
    [InlineData("12 3", CellKind.Text)]
    [InlineData("1,23", CellKind.Text)]
    [InlineData("约10", CellKind.Text)]
    public void Non_numbers_are_never_turned_into_zero(string raw, CellKind kind)
    {
        var parsed = CellParser.Parse(raw);

        parsed.Kind.Should().Be(kind);
        parsed.Number.Should().BeNull();
    }

    [Fact]
    public void A_missing_cell_is_missing()
    {
        CellParser.Parse(null).Kind.Should().Be(CellKind.Missing);
    }
}
