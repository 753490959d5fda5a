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

    /// <summary>RP0106 旧版二进制文档（Word 6.0/95 及更早、早期金山 WPS）.</summary>
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

    /// <summary>RP0112 快速保存的 Word 文档，无法可靠读取.</summary>
    public const string FastSavedWord = "RP0112";

    /// <summary>RP0113 页面经 OCR 识别.</summary>
    public const string ReadByOcr = "RP0113";

    /// <summary>RP0114 OCR 识别失败.</summary>
    public const string OcrFailed = "RP0114";

    /// <summary>RP0120 检查超时.</summary>
    public const string CheckTimedOut = "RP0120";

    /// <summary>RP0121 文件无法访问.</summary>
    public const string FileAccessFailed = "RP0121";

    /// <summary>RP0122 读取进程崩溃.</summary>
    public const string WorkerCrashed = "RP0122";

    /// <summary>RP0123 超出内存上限.</summary>
    public const string MemoryLimitExceeded = "RP0123";

    /// <summary>RP0124 嵌入字体程序已截断.</summary>
    public const string FontProgramTruncated = "RP0124";

    /// <summary>RP0125 PDF 对象引用成环.</summary>
    public const string ReferenceCycle = "RP0125";

    /// <summary>RP0126 文档没有可读取的内容.</summary>
    public const string NothingReadable = "RP0126";

    /// <summary>RP0127 页面文字为矢量轮廓.</summary>
    public const string TextAsOutlines = "RP0127";

    /// <summary>RP0128 字号或位置异常的文字已忽略.</summary>
    public const string AbsurdGlyphs = "RP0128";

    /// <summary>RP0129 页面划线超出版面分析上限.</summary>
    public const string LayoutLimitExceeded = "RP0129";

    /// <summary>RP0135 表格超出页面边缘被截断.</summary>
    public const string TableCutByPageEdge = "RP0135";

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

    /// <summary>RP0210 列表头缺失，按位置推定.</summary>
    public const string ColumnInferred = "RP0210";

    /// <summary>RP0211 行标签近似匹配.</summary>
    public const string LabelMatchedApproximately = "RP0211";

    /// <summary>RP0212 表头为转换生成的占位名，按模板列顺序读取.</summary>
    public const string ColumnsByPlaceholder = "RP0212";

    /// <summary>RP0213 无行标签的数值行按模板顺序读取.</summary>
    public const string RowsReadBySequence = "RP0213";

    /// <summary>RP0215 数值单元格与表头列合并方式不一致且个数不同，无法对应.</summary>
    public const string RowCellsMisaligned = "RP0215";

    /// <summary>RP0216 表格被页面边缘截断，部分列不在页面上.</summary>
    public const string TableClippedColumnsAbsent = "RP0216";

    /// <summary>RP0301 单元格不是数字.</summary>
    public const string CellNotNumber = "RP0301";

    /// <summary>RP0302 数值单元格空白.</summary>
    public const string BlankCells = "RP0302";

    /// <summary>RP0303 单元格带单位.</summary>
    public const string UnitInCell = "RP0303";

    /// <summary>RP0304 模板单元格未读取到.</summary>
    public const string CellsNotFound = "RP0304";

    /// <summary>RP0305 单元格读取不确定.</summary>
    public const string CellsReadUncertainly = "RP0305";

    /// <summary>RP0306 核对未判断.</summary>
    public const string ChecksNotAssessed = "RP0306";

    /// <summary>RP0307 数值超出可核对范围.</summary>
    public const string NumberOutOfRange = "RP0307";

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

    /// <summary>RP0409 表三含官方格式没有的小计列或小计行.</summary>
    public const string NonStandardSubtotal = "RP0409";

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

    /// <summary>RP0509 表三法人或其他组织小计列与五列之和不等.</summary>
    public const string OrgSubtotalMismatch = "RP0509";

    /// <summary>RP0510 表三总计不等于自然人加法人或其他组织小计.</summary>
    public const string OrgSubtotalTotalMismatch = "RP0510";

    /// <summary>RP0511 表三小计行与其细分项之和不等.</summary>
    public const string GroupSubtotalMismatch = "RP0511";

    /// <summary>RP0512 表三结转下年度多于新收与上年结转之和.</summary>
    public const string CarryForwardExceedsAvailable = "RP0512";

    /// <summary>RP0513 表二收费金额疑似按元填报.</summary>
    public const string FeeAmountLooksLikeYuan = "RP0513";

    /// <summary>RP0514 表二（2019 试行格式）上一年项目数量加增减为负.</summary>
    public const string TrialItemCountNegative = "RP0514";

    /// <summary>RP0515 表二（2019 试行格式）本年新公开数量大于对外公开总数量.</summary>
    public const string TrialPublishedExceedsTotal = "RP0515";

    /// <summary>RP0601 正文申请数与表三不符.</summary>
    public const string NarrativeReceivedMismatch = "RP0601";

    /// <summary>RP0602 正文申请数含上年结转.</summary>
    public const string NarrativeReceivedIncludesCarryOver = "RP0602";

    /// <summary>RP0603 正文上年结转数与表三不符.</summary>
    public const string NarrativeCarriedOverMismatch = "RP0603";

    /// <summary>RP0604 正文办结数与表三不符.</summary>
    public const string NarrativeCompletedMismatch = "RP0604";

    /// <summary>RP0605 正文结转下年度数与表三不符.</summary>
    public const string NarrativeCarriedForwardMismatch = "RP0605";

    /// <summary>RP0606 正文办理结果数与表三不符.</summary>
    public const string NarrativeOutcomeMismatch = "RP0606";

    /// <summary>RP0607 正文办理结果占比与表三不符.</summary>
    public const string NarrativePercentageMismatch = "RP0607";

    /// <summary>RP0608 正文称未收到申请但表三有新收.</summary>
    public const string NarrativeNoApplicationsContradicted = "RP0608";

    /// <summary>RP0609 正文行政复议、行政诉讼数与表四不符.</summary>
    public const string NarrativeReviewLitigationMismatch = "RP0609";

    /// <summary>RP0610 正文规章、规范性文件数与表二不同.</summary>
    public const string NarrativeDisclosureCountMismatch = "RP0610";

    /// <summary>RP0611 未说明信息处理费收取情况.</summary>
    public const string FeeStatementMissing = "RP0611";

    /// <summary>RP0612 未说明统计期限.</summary>
    public const string StatisticsPeriodMissing = "RP0612";

    /// <summary>RP0613 正文年份与报告年度不符.</summary>
    public const string ReportYearMismatch = "RP0613";

    /// <summary>RP0614 总体情况缺少规定方面.</summary>
    public const string OverviewAspectMissing = "RP0614";

    /// <summary>RP0615 人民政府报告未说明考核、评议、责任追究结果.</summary>
    public const string GovernmentAccountabilityMissing = "RP0615";

    /// <summary>RP0701 本年上年结转与上年结转下年度不等.</summary>
    public const string CarryOverMismatch = "RP0701";

    /// <summary>RP0702 表二现行有效件数与上年不衔接.</summary>
    public const string StockFlowMismatch = "RP0702";

    /// <summary>RP0703 表二本年废止件数多于可废止件数.</summary>
    public const string RepealedExceedsStock = "RP0703";

    /// <summary>RP0704 正文与上年报告高度相似.</summary>
    public const string TextReused = "RP0704";

    /// <summary>RP0705 表格数值与上年完全相同.</summary>
    public const string TablesRepeated = "RP0705";

    /// <summary>RP0706 同一机关同一年度有多份报告.</summary>
    public const string SameAgencyYearTwice = "RP0706";

    /// <summary>RP9001 检查规则内部错误.</summary>
    public const string RuleCrashed = "RP9001";

    /// <summary>RP9002 读取器内部错误.</summary>
    public const string ReaderCrashed = "RP9002";
}
