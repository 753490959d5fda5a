using System.Collections.Generic;

namespace ReportParser.Diagnostics;

/// <summary>Where a finding or a value is in the source document. Parts that are unknown are null.</summary>
public sealed record SourceLocation
{
    /// <summary>The source name as given to the checker (usually the file path).</summary>
    public required string Source { get; init; }

    /// <summary>1-based page number (PDF), when known.</summary>
    public int? Page { get; init; }

    /// <summary>Structural path inside the source: a DOM path for HTML (<c>body/div[2]/table[1]/tr[5]/td[3]</c>), a part path for DOCX.</summary>
    public string? Path { get; init; }

    /// <summary>1-based line number (text and Markdown sources), when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based character position in <see cref="Line"/> (text and Markdown sources), when known.</summary>
    public int? Character { get; init; }

    /// <summary>Standard table id (<c>T2</c>, <c>T3</c>, <c>T4</c>) when the finding is about a table.</summary>
    public string? Table { get; init; }

    /// <summary>Row id of the spec (e.g. <c>T3.R3.7</c>).</summary>
    public string? Row { get; init; }

    /// <summary>Column id of the spec (e.g. <c>T3.C.total</c>).</summary>
    public string? Column { get; init; }

    /// <summary>Compact form used in text output, e.g. <c>report.pdf p4 T3.R4|T3.C.total</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string> { Source };
        if (Page is { } page)
        {
            parts.Add("p" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Line is { } line)
        {
            parts.Add("L" + line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Row is not null && Column is not null)
        {
            parts.Add(Row + "|" + Column);
        }
        else if (Row is not null)
        {
            parts.Add(Row);
        }
        else if (Table is not null)
        {
            parts.Add(Table);
        }

        return string.Join(" ", parts);
    }
}
