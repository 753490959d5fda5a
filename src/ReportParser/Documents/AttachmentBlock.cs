namespace ReportParser.Documents;

/// <summary>A link to a document file (<c>.pdf</c>, <c>.doc</c>, <c>.docx</c>, <c>.wps</c>, <c>.xls</c> …), as pages use for 附件下载.</summary>
public sealed class AttachmentBlock : Block
{
    /// <summary>Creates an attachment link.</summary>
    /// <param name="text">The link text.</param>
    /// <param name="target">The link target as written in the page.</param>
    /// <param name="provenance">Where it came from.</param>
    public AttachmentBlock(string text, string target, BlockProvenance provenance)
        : base(provenance)
    {
        Guard.NotNull(text, nameof(text));
        Guard.NotNull(target, nameof(target));
        Text = text;
        Target = target;
    }

    /// <summary>The link text.</summary>
    public string Text { get; }

    /// <summary>The link target as written in the page.</summary>
    public string Target { get; }
}
