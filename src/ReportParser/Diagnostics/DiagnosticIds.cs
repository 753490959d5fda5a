namespace ReportParser.Diagnostics;

/// <summary>The stable ids of every diagnostic, so callers can filter without magic strings. See docs/diagnostics.md.</summary>
public static class DiagnosticIds
{
    /// <summary>RP0101 文件为空.</summary>
    public const string FileEmpty = "RP0101";

    /// <summary>RP0102 文件损坏或无法解析.</summary>
    public const string FileCorrupt = "RP0102";

    /// <summary>RP0103 不支持的文件格式.</summary>
    public const string UnsupportedFormat = "RP0103";

    /// <summary>RP0104 文件已加密.</summary>
    public const string FileEncrypted = "RP0104";

    /// <summary>RP0105 页面没有文本层（扫描件或图片）.</summary>
    public const string NoTextLayer = "RP0105";

    /// <summary>RP0106 旧版二进制 Word/WPS 文件.</summary>
    public const string LegacyBinaryFormat = "RP0106";

    /// <summary>RP0107 文本层乱码.</summary>
    public const string GarbledTextLayer = "RP0107";

    /// <summary>RP0108 超出读取上限.</summary>
    public const string ResourceLimitExceeded = "RP0108";

    /// <summary>RP0109 扩展名与内容不符.</summary>
    public const string FormatMismatch = "RP0109";

    /// <summary>RP0110 字符编码无法确定.</summary>
    public const string EncodingUncertain = "RP0110";

    /// <summary>RP0111 嵌入内容未读取.</summary>
    public const string EmbeddedContentNotRead = "RP0111";

    /// <summary>RP0201 不是政府信息公开工作年度报告.</summary>
    public const string NotAReport = "RP0201";

    /// <summary>RP0202 无法确定模板版本.</summary>
    public const string TemplateUnknown = "RP0202";

    /// <summary>RP0203 报告仅以附件形式提供.</summary>
    public const string ReportIsAttachment = "RP0203";

    /// <summary>RP0204 表格结构无法完全识别.</summary>
    public const string TableLayoutUnrecognized = "RP0204";

    /// <summary>RP0205 未找到标准行.</summary>
    public const string RowNotFound = "RP0205";

    /// <summary>RP0206 未找到标准列.</summary>
    public const string ColumnNotFound = "RP0206";

    /// <summary>RP0207 行内数值与表头不对齐，按顺序读取.</summary>
    public const string ValuesReadInRowOrder = "RP0207";

    /// <summary>RP0208 同一标准表出现多次.</summary>
    public const string DuplicateTable = "RP0208";

    /// <summary>RP0209 无法确定报告年度.</summary>
    public const string YearNotFound = "RP0209";

    /// <summary>RP0301 单元格不是数字.</summary>
    public const string CellNotNumber = "RP0301";

    /// <summary>RP0302 数值单元格空白.</summary>
    public const string BlankCells = "RP0302";

    /// <summary>RP0303 单元格带单位.</summary>
    public const string UnitInCell = "RP0303";

    /// <summary>RP0401 缺少章节.</summary>
    public const string SectionMissing = "RP0401";

    /// <summary>RP0402 章节编号或顺序错误.</summary>
    public const string SectionMisnumbered = "RP0402";

    /// <summary>RP0403 缺少标准表格.</summary>
    public const string TableMissing = "RP0403";

    /// <summary>RP0404 章节标题与模板不同.</summary>
    public const string HeadingVariant = "RP0404";

    /// <summary>RP0405 模板版本与报告年度不符.</summary>
    public const string TemplateMismatch = "RP0405";

    /// <summary>RP0406 表三（六）其他处理为旧版单行.</summary>
    public const string StaleOtherHandlingRow = "RP0406";

    /// <summary>RP0407 表格为图片.</summary>
    public const string TableIsImage = "RP0407";

    /// <summary>RP0408 表二使用旧版行标签“规范性文件”.</summary>
    public const string StaleDisclosureLabel = "RP0408";

    /// <summary>RP0501 表三行合计不等.</summary>
    public const string RowTotalMismatch = "RP0501";

    /// <summary>RP0502 表三办理结果之和与总计不等.</summary>
    public const string OutcomeSumMismatch = "RP0502";

    /// <summary>RP0503 表三勾稽关系不平.</summary>
    public const string ApplicationsDoNotBalance = "RP0503";

    /// <summary>RP0504 表四小计不等.</summary>
    public const string ReviewTotalMismatch = "RP0504";

    /// <summary>RP0505 表三数值不是非负整数.</summary>
    public const string ApplicationCountInvalid = "RP0505";

    /// <summary>RP0506 表四数值不是非负整数.</summary>
    public const string ReviewCountInvalid = "RP0506";

    /// <summary>RP0507 表二数值无效.</summary>
    public const string DisclosureValueInvalid = "RP0507";

    /// <summary>RP0508 合计单元格空白但组成部分不为 0.</summary>
    public const string TotalLeftBlank = "RP0508";

    /// <summary>RP9001 检查规则内部错误.</summary>
    public const string RuleCrashed = "RP9001";

    /// <summary>RP9002 读取器内部错误.</summary>
    public const string ReaderCrashed = "RP9002";
}
