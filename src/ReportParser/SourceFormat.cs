namespace ReportParser;

/// <summary>The file format a report was read from.</summary>
public enum SourceFormat
{
    /// <summary>Not known or not supported.</summary>
    Unknown = 0,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>, <c>.shtml</c>), in any encoding including GBK/GB18030.</summary>
    Html = 1,

    /// <summary>A Word document (<c>.docx</c>, <c>.docm</c>, <c>.dotx</c>).</summary>
    Docx = 2,

    /// <summary>A PDF document.</summary>
    Pdf = 3,

    /// <summary>A Word 97–2003 binary document (<c>.doc</c>, <c>.dot</c>), or a WPS Office document in the same format (<c>.wps</c>).</summary>
    Doc = 4,

    /// <summary>
    /// A plain-text or Markdown conversion (<c>.txt</c>, <c>.md</c>, <c>.markdown</c>, or text content without an extension), in
    /// UTF-8, UTF-16 or GB18030/GBK: tab-separated, pipe, space-aligned or run-together tables.
    /// </summary>
    Text = 5,
}
