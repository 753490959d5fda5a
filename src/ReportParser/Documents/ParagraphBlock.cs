namespace ReportParser.Documents;

/// <summary>A paragraph or heading of running text. Line breaks inside the paragraph are kept as <c>\n</c>.</summary>
public sealed class ParagraphBlock : Block
{
    /// <summary>Creates a paragraph that is not marked as a heading.</summary>
    /// <param name="text">The paragraph text.</param>
    /// <param name="provenance">Where it came from.</param>
    public ParagraphBlock(string text, BlockProvenance provenance)
        : this(text, 0, provenance)
    {
    }

    /// <summary>Creates a paragraph with an explicit heading level.</summary>
    /// <param name="text">The paragraph text.</param>
    /// <param name="headingLevel">1–6 when the source marks it as a heading (<c>&lt;h2&gt;</c>, Word style 标题 2 …), else 0.</param>
    /// <param name="provenance">Where it came from.</param>
    public ParagraphBlock(string text, int headingLevel, BlockProvenance provenance)
        : base(provenance)
    {
        Guard.NotNull(text, nameof(text));
        Text = text;
        HeadingLevel = headingLevel;
    }

    /// <summary>The text, whitespace collapsed, line breaks kept as <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>1–6 when the source marks the paragraph as a heading, else 0. Recognition does not rely on it.</summary>
    public int HeadingLevel { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
