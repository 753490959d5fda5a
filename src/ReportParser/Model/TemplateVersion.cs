namespace ReportParser.Model;

/// <summary>The generation of the national report format a report (or one of its tables) follows (spec §0).</summary>
public enum TemplateVersion
{
    /// <summary>Could not be determined.</summary>
    Unknown = 0,

    /// <summary>Reports for 2018 and earlier (2007 条例, locally prescribed statistics tables).</summary>
    Pre2019 = 1,

    /// <summary>格式（试行）, 国办公开办函〔2019〕60号: reports for 2019 and 2020.</summary>
    V2019Trial = 2,

    /// <summary>国办公开办函〔2021〕30号: reports for 2021 onward.</summary>
    V2021 = 3,
}
