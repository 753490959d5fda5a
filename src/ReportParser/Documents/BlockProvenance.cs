namespace ReportParser.Documents;

/// <summary>Where a block or cell came from in the source file.</summary>
public sealed record BlockProvenance
{
    /// <summary>No location information.</summary>
    public static BlockProvenance None { get; } = new();

    /// <summary>1-based page number (PDF); null for formats without pages.</summary>
    public int? Page { get; init; }

    /// <summary>Structural path: a DOM path for HTML (<c>body/div[2]/table[1]/tr[5]/td[3]</c>), a body path for DOCX.</summary>
    public string? Path { get; init; }

    /// <summary>1-based line number (text and Markdown sources); null for other formats.</summary>
    public int? Line { get; init; }

    /// <summary>1-based character position in <see cref="Line"/> (text and Markdown sources); null for other formats.</summary>
    public int? Character { get; init; }

    /// <summary>How the text was obtained; null when it follows from the document's format.</summary>
    public ReadingMethod? Method { get; init; }
}
