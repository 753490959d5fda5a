using ReportParser.Diagnostics;

namespace ReportParser.Model;

/// <summary>One of the six top-level sections (一、总体情况 … 六、其他需要报告的事项) as found in the report.</summary>
public sealed class ReportSection
{
    internal ReportSection(string id, string title, string canonicalTitle, string? ordinal, bool isCanonical, string text, int imageCount, SourceLocation location)
    {
        Id = id;
        Title = title;
        CanonicalTitle = canonicalTitle;
        Ordinal = ordinal;
        IsCanonical = isCanonical;
        Text = text;
        ImageCount = imageCount;
        Location = location;
    }

    /// <summary>Section id of the spec: <c>S1</c> … <c>S6</c>.</summary>
    public string Id { get; }

    /// <summary>The heading as printed.</summary>
    public string Title { get; }

    /// <summary>The template's heading, e.g. <c>五、存在的主要问题及改进情况</c>.</summary>
    public string CanonicalTitle { get; }

    /// <summary>The ordinal printed before the heading (<c>五</c>), or null when there is none.</summary>
    public string? Ordinal { get; }

    /// <summary>True when the printed heading equals the template's (after normalisation).</summary>
    public bool IsCanonical { get; }

    /// <summary>The section's running text (paragraphs up to the next section heading; tables excluded), paragraphs joined by <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>Images between this heading and the next (a table published as a picture shows up here).</summary>
    public int ImageCount { get; }

    /// <summary>Where the heading is.</summary>
    public SourceLocation Location { get; }
}
