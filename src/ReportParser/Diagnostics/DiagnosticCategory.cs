namespace ReportParser.Diagnostics;

/// <summary>Which stage or rule family produced a finding. The value is the two-digit id prefix: RP05xx is <see cref="Arithmetic"/>.</summary>
public enum DiagnosticCategory
{
    /// <summary>RP01xx: the file could not be read (corrupt, encrypted, empty, no text layer …).</summary>
    Reading = 1,

    /// <summary>RP02xx: the document was read but could not be understood as a report (not a report, unknown layout …).</summary>
    Recognition = 2,

    /// <summary>RP03xx: a table cell could not be turned into a value (not a number, blank, unit in cell …).</summary>
    Mapping = 3,

    /// <summary>RP04xx: sections, tables or template structure (缺少章节、缺少表格、模板版本).</summary>
    Structure = 4,

    /// <summary>RP05xx: arithmetic within the tables (勾稽关系、行合计、列合计).</summary>
    Arithmetic = 5,

    /// <summary>RP06xx: the text against the tables, and section content.</summary>
    Narrative = 6,

    /// <summary>RP07xx: checks across several reports (years, agencies).</summary>
    CrossReport = 7,

    /// <summary>RP90xx: a defect in ReportParser itself; the other checks still ran.</summary>
    Internal = 90,
}
