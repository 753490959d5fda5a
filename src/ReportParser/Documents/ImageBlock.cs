namespace ReportParser.Documents;

/// <summary>An image in the body (for example a table published as a picture).</summary>
public sealed class ImageBlock : Block
{
    /// <summary>Creates an image block.</summary>
    /// <param name="source">The image reference (URL or part name), if any.</param>
    /// <param name="alternativeText">The alt text, if any.</param>
    /// <param name="provenance">Where it came from.</param>
    public ImageBlock(string? source, string? alternativeText, BlockProvenance provenance)
        : base(provenance)
    {
        Source = source;
        AlternativeText = alternativeText;
    }

    /// <summary>The image reference (URL or part name), if any.</summary>
    public string? Source { get; }

    /// <summary>The alt text, if any.</summary>
    public string? AlternativeText { get; }
}
