using System;

namespace ReportParser.Readers.Doc;

/// <summary>What kind of reading failure a <see cref="WordBinaryException"/> stands for; each maps to one reading diagnostic.</summary>
internal enum WordBinaryFailure
{
    /// <summary>The container or a Word structure is damaged, truncated or self-contradicting (RP0102).</summary>
    Corrupt,

    /// <summary>The document is password-protected or obfuscated (RP0104).</summary>
    Encrypted,

    /// <summary>A Word 6.0/95 or older document, or another legacy word-processor format (RP0106).</summary>
    LegacyVersion,

    /// <summary>A compound file that holds no Word document: an Excel workbook, an Outlook message … (RP0103).</summary>
    NotWord,

    /// <summary>A fast-saved document whose later edits are stored in a way this reader does not apply (RP0112).</summary>
    FastSaved,
}

/// <summary>
/// Thrown inside the <c>.doc</c> reader when the file cannot be read; <see cref="DocDocumentReader"/> catches it and turns
/// it into the matching reading diagnostic, so it never leaves the reader.
/// </summary>
internal sealed class WordBinaryException : Exception
{
    public WordBinaryException(WordBinaryFailure failure, string reason)
        : base(reason)
    {
        Failure = failure;
    }

    public WordBinaryFailure Failure { get; }

    public static WordBinaryException Corrupt(string reason) => new(WordBinaryFailure.Corrupt, reason);
}
