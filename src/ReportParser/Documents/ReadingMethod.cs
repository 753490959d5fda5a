namespace ReportParser.Documents;

/// <summary>How a block's or cell's text was obtained from the file.</summary>
public enum ReadingMethod
{
    /// <summary>From document structure: HTML or Word markup.</summary>
    Markup = 0,

    /// <summary>From a PDF's text layer (positioned letters).</summary>
    TextLayer = 1,

    /// <summary>By optical character recognition of an image.</summary>
    Ocr = 2,

    /// <summary>From a plain-text or Markdown conversion, where table structure had to be inferred from the characters.</summary>
    Text = 3,
}
