namespace ReportParser.Documents;

/// <summary>One unit of a <see cref="SourceDocument"/> in reading order: a paragraph, a table, an image or an attachment link.</summary>
public abstract class Block
{
    private protected Block(BlockProvenance provenance)
    {
        Provenance = provenance ?? BlockProvenance.None;
    }

    /// <summary>Where the block is in the source.</summary>
    public BlockProvenance Provenance { get; }
}
