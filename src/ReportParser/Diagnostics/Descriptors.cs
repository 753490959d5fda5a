using System.Collections.Immutable;

namespace ReportParser.Diagnostics;

/// <summary>The only place a <see cref="DiagnosticDescriptor"/> is constructed. One field per id, in id order.</summary>
internal static class Descriptors
{
    // ---- RP01xx Reading ----
    public static readonly DiagnosticDescriptor FileEmpty = New(
        DiagnosticIds.FileEmpty, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("文件为空", "The file is empty"),
        new("文件为空（0 字节），没有可读取的内容", "The file is empty (0 bytes); there is nothing to read"),
        new("文件长度为 0。通常是下载失败或附件链接失效。", "The file has no bytes, usually a failed download or a dead attachment link."));

    public static readonly DiagnosticDescriptor FileCorrupt = New(
        DiagnosticIds.FileCorrupt, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("文件损坏或无法解析", "The file is corrupt or cannot be parsed"),
        new("文件无法解析（{0}）：{1}", "The file cannot be parsed ({0}): {1}"),
        new("文件结构损坏或被截断，读取器无法得到文本。{0} 为格式，{1} 为原因。", "The file structure is damaged or truncated and no text could be read. {0} is the format, {1} the reason."));

    public static readonly DiagnosticDescriptor UnsupportedFormat = New(
        DiagnosticIds.UnsupportedFormat, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("不支持的文件格式", "Unsupported file format"),
        new("不支持的文件格式：{0}（支持网页 HTML、Word 文档 .docx/.doc/.wps 和 PDF）", "Unsupported file format: {0} (HTML, Word .docx/.doc/.wps and PDF are supported)"),
        new("文件内容既不是 HTML、Word，也不是 PDF（例如 Excel 工作簿、Outlook 邮件）。{0} 说明检测到的内容。", "The content is neither HTML, Word nor PDF (an Excel workbook, an Outlook message …). {0} describes what was detected."));

    public static readonly DiagnosticDescriptor FileEncrypted = New(
        DiagnosticIds.FileEncrypted, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("文件已加密", "The file is encrypted"),
        new("文件已加密，无法读取内容（{0}）；请提供未加密的版本", "The file is encrypted and its content cannot be read ({0}); provide an unencrypted copy"),
        new("需要密码才能打开的 PDF 或 Word 文件。仅有权限密码（允许提取文本）的 PDF 可以正常读取。", "A PDF or Word file that needs a password to open. A PDF with only an owner password that allows text extraction is read normally."));

    public static readonly DiagnosticDescriptor NoTextLayer = New(
        DiagnosticIds.NoTextLayer, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("页面没有文本层", "Page has no text layer"),
        new("第 {0} 页只有图片、没有文字（疑似扫描件），需要 OCR 才能读取", "Page {0} holds only images and no text (a scan?); it needs OCR to be read"),
        new("扫描件或“图片版”报告，而 OCR 未启用（ReportCheckerOptions.Ocr 为空）或已达到 OCR 页数、时间上限。ReportParser 不猜测数值。", "A scanned or image-only report, and OCR is off (ReportCheckerOptions.Ocr is null) or its page or time limit was reached. ReportParser does not guess values."));

    public static readonly DiagnosticDescriptor LegacyBinaryFormat = New(
        DiagnosticIds.LegacyBinaryFormat, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("旧版二进制文档", "Legacy binary document"),
        new("这是旧版二进制 {0} 文件，无法直接读取；请用 Word 或 WPS 另存为 .docx 或 PDF 后再检查", "This is a legacy binary {0} file and cannot be read directly; save it as .docx or PDF in Word or WPS and check again"),
        new("Word 6.0/95 及更早版本的 .doc，以及没有 WordDocument 流的早期金山 WPS、Microsoft Works 文件。Word 97–2003 的 .doc 和 WPS Office 保存的 .wps 会直接读取。", "A .doc from Word 6.0/95 or older, or an early Kingsoft WPS or Microsoft Works file without a WordDocument stream. Word 97–2003 .doc files and .wps files saved by WPS Office are read directly."));

    public static readonly DiagnosticDescriptor GarbledTextLayer = New(
        DiagnosticIds.GarbledTextLayer, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("文本层乱码", "Text layer is garbled"),
        new("第 {0} 页有 {1} 个字符，但文字无法识别（字体编码缺失），数值不可信", "Page {0} has {1} characters but the text cannot be decoded (missing font encoding); values cannot be trusted"),
        new("PDF 字体缺少 ToUnicode 映射时，提取出的文字是乱码。", "When PDF fonts lack a ToUnicode map, the extracted text is garbage."));

    public static readonly DiagnosticDescriptor ResourceLimitExceeded = New(
        DiagnosticIds.ResourceLimitExceeded, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("超出读取上限", "Reading limit exceeded"),
        new("{0} 超出读取上限 {1}，已停止读取", "{0} exceeds the reading limit of {1}; reading stopped"),
        new("防止恶意或损坏文件（压缩炸弹、超大表格）耗尽内存。上限可在 ReportCheckerOptions 中设置。", "Protects against hostile or broken files (zip bombs, absurd tables). Limits are set in ReportCheckerOptions."));

    public static readonly DiagnosticDescriptor FormatMismatch = New(
        DiagnosticIds.FormatMismatch, DiagnosticCategory.Reading, DiagnosticSeverity.Info, "READ",
        new("扩展名与内容不符", "Extension does not match content"),
        new("文件扩展名为 {0}，但内容是 {1}，已按 {1} 读取", "The file extension is {0} but the content is {1}; it was read as {1}"),
        new("按文件内容而不是扩展名选择读取器。", "The reader is chosen by content, not by extension."));

    public static readonly DiagnosticDescriptor EncodingUncertain = New(
        DiagnosticIds.EncodingUncertain, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("字符编码无法确定", "Character encoding uncertain"),
        new("按 {0} 解码时有 {1} 个字节无法解码，部分文字可能错误", "Decoding as {0} left {1} undecodable bytes; some text may be wrong"),
        new("页面没有声明编码，或声明的编码与内容不符。", "The page declares no encoding, or declares one that does not fit its bytes."));

    public static readonly DiagnosticDescriptor EmbeddedContentNotRead = New(
        DiagnosticIds.EmbeddedContentNotRead, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("嵌入内容未读取", "Embedded content not read"),
        new("文档嵌入了 {0} 格式的内容（{1}），无法读取，其中的文字和表格未检查；请在 Word 或 WPS 中打开后另存为 .docx", "The document embeds content in {0} format ({1}) that cannot be read; its text and tables were not checked; open it in Word or WPS and save it as .docx again"),
        new("用 w:altChunk 导入的内容（RTF、嵌套的 Word 文档等）要等 Word 打开文件时才转换。网页和网页存档（.mht）会直接读取。", "Content imported with w:altChunk (RTF, a nested Word document …) is only converted when Word opens the file. Web pages and web archives (.mht) are read directly."));

    public static readonly DiagnosticDescriptor FastSavedWord = New(
        DiagnosticIds.FastSavedWord, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("快速保存的 Word 文档", "Fast-saved Word document"),
        new("文件以“快速保存”方式存储，部分修改记录在片段表中，无法可靠读取（{0}）；请用 Word 或 WPS 另存为 .docx 后再检查", "The file was fast-saved and part of its edits is kept in its piece table, which cannot be read reliably ({0}); save it as .docx in Word or WPS and check again"),
        new("Word 97–2003 的“允许快速保存”把修改追加在文件末尾。片段表中带有单属性修改（Prm0）的文件不读取，以免读出错误的数值；其他快速保存的文件照常读取。", "Word 97–2003's \"Allow fast saves\" appends edits to the file. A file whose piece table carries single-property modifiers (Prm0) is not read, so no wrong number is reported; other fast-saved files are read normally."));

    public static readonly DiagnosticDescriptor ReadByOcr = New(
        DiagnosticIds.ReadByOcr, DiagnosticCategory.Reading, DiagnosticSeverity.Info, "READ",
        new("页面经 OCR 识别", "Read by OCR"),
        new("{0} 没有可用的文本层，已用 OCR 识别：{1} 个字符，其中 {2} 个读数存疑", "{0} has no usable text layer and was read by OCR: {1} characters, {2} of them of doubtful reading"),
        new("扫描件、图片页或以图片发布的表格经 OCR 识别。读数存疑的单元格标为 doubtful，不作为错误结论的依据。", "A scan, an image-only page or a table published as a picture was read by OCR. Cells whose reading is doubtful are marked doubtful and never support an error finding."));

    public static readonly DiagnosticDescriptor OcrFailed = New(
        DiagnosticIds.OcrFailed, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("OCR 识别失败", "OCR failed"),
        new("{0} 无法用 OCR 识别：{1}", "{0} could not be read by OCR: {1}"),
        new("图片无法解码、页面无法渲染，或 OCR 引擎出错。该页或该图片的内容未检查。", "The image could not be decoded, the page could not be rendered, or the OCR engine failed. The page's or image's content was not checked."));

    public static readonly DiagnosticDescriptor CheckTimedOut = New(
        DiagnosticIds.CheckTimedOut, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("检查超时", "Check timed out"),
        new("检查超过时间上限 {0} 秒后停止，文件按无法读取处理", "The check stopped after the time limit of {0} s; the file is treated as unreadable"),
        new("异常文件（超大 PDF、病态表格）不能拖住整批检查。上限由 ReportCheckerOptions.TimeLimit 或命令行 --timeout 设置。", "A pathological file (huge PDF, absurd table) must not hold up a batch. Set the limit with ReportCheckerOptions.TimeLimit or --timeout."));

    public static readonly DiagnosticDescriptor FileAccessFailed = New(
        DiagnosticIds.FileAccessFailed, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("文件无法访问", "File cannot be accessed"),
        new("文件无法读取：{0}", "The file cannot be read: {0}"),
        new("权限不足、文件被占用或在检查过程中被删除。", "Permission denied, the file is locked, or it was removed during the check."));

    public static readonly DiagnosticDescriptor WorkerCrashed = New(
        DiagnosticIds.WorkerCrashed, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("读取进程崩溃", "Reader process crashed"),
        new("读取此文件的工作进程异常退出（{0}），文件按无法读取处理；其余文件不受影响", "The worker process reading this file died ({0}); the file is treated as unreadable and the other files are not affected"),
        new("文件在独立的工作进程中读取。恶意或损坏的文件可能使读取器栈溢出或崩溃；此时只有该进程被替换，批量检查和服务继续运行。", "Files are read in separate worker processes. A hostile or broken file can make a reader overflow its stack or crash; only that process is replaced, and the batch or the service goes on."));

    public static readonly DiagnosticDescriptor MemoryLimitExceeded = New(
        DiagnosticIds.MemoryLimitExceeded, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("超出内存上限", "Memory limit exceeded"),
        new("读取此文件所需内存超过上限 {0} MB，已停止读取，文件按无法读取处理", "Reading this file needed more than the memory limit of {0} MB; reading stopped and the file is treated as unreadable"),
        new("每个文件在工作进程中读取，内存有上限（命令行 --memory-limit，服务 MemoryLimitMegabytes）。超过上限的工作进程被终止并替换。", "Each file is read in a worker process with a memory limit (--memory-limit on the command line, MemoryLimitMegabytes in the service). A worker over the limit is stopped and replaced."));

    // ---- RP02xx Recognition ----
    public static readonly DiagnosticDescriptor FontProgramTruncated = New(
        DiagnosticIds.FontProgramTruncated, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("嵌入字体程序已截断", "Truncated embedded font program"),
        new("嵌入的 Type 1 字体程序（对象 {0}）只有 {1} 字节，而其声明的长度为 {2} 字节：未读取该字体程序，用它排版的文字按字体的编码和 ToUnicode 表读取", "The embedded Type 1 font program (object {0}) has {1} bytes where it declares {2}: it was not read, and the text set in it was read through the font's encoding and ToUnicode map"),
        new("截断的 Type 1 字体程序会让 PdfPig 0.1.16 无休止地读取（一个 4 KB 的字体曾占用 4.3 GB 内存），因此在读取任何页面之前就把它隐藏。文字通常仍可读取；如果该字体没有编码表或 ToUnicode 表，用它排版的文字可能缺失。", "A truncated Type 1 font program makes PdfPig 0.1.16 read without end (a 4 KB font once took 4.3 GB), so it is hidden before any page is read. The text usually still reads; text set in a font with neither an encoding nor a ToUnicode map may be missing."));

    public static readonly DiagnosticDescriptor ReferenceCycle = New(
        DiagnosticIds.ReferenceCycle, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("PDF 对象引用成环", "PDF object references form a cycle"),
        new("第 {0} 页的 {1} 引用成环（{2}），该页及之后的页面无法读取", "Page {0}: {1} refers back to itself ({2}); this page and the pages after it cannot be read"),
        new("间接对象引用自身（如 4 0 obj 4 0 R endobj）、页面树的 /Kids 指回上级节点、表单 XObject 的 /Resources 指回自身，都会让解析陷入无限递归。读取前先检查，出现环时停止读取，不会使进程崩溃。{0} 为页码（页面树出错时为下一页），{1} 为出错的键，{2} 为对象链。", "An indirect object that refers to itself (4 0 obj 4 0 R endobj), a page tree whose /Kids lead back to an ancestor, or a form XObject whose /Resources lead back to itself would send the parser into unbounded recursion. They are looked for before the pages are read, and reading stops there instead of crashing the process. {0} is the page (for the page tree, the next page), {1} the key, {2} the chain of objects."));

    public static readonly DiagnosticDescriptor NothingReadable = New(
        DiagnosticIds.NothingReadable, DiagnosticCategory.Reading, DiagnosticSeverity.Error, "READ",
        new("文档没有可读取的内容", "The document has no readable content"),
        new("文档共 {0} 页，没有一页有可读取的文字（{1}）", "None of the document's {0} pages has readable text ({1})"),
        new("没有页面的 PDF、空白页、文字被转为矢量轮廓或只有图片而未做 OCR 的文件，都没有可检查的内容；文件状态记为无法读取，而不是“报告无误”。{1} 说明各页的情况。", "A PDF without pages, blank pages, text converted to outlines, or images without OCR leave nothing to check; the file is recorded as unreadable, never as a report without findings. {1} says what the pages hold."));

    public static readonly DiagnosticDescriptor TextAsOutlines = New(
        DiagnosticIds.TextAsOutlines, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("页面文字为矢量轮廓", "Page text is drawn as outlines"),
        new("第 {0} 页没有文字，只有 {1} 个填充的矢量图形（文字被转为轮廓？），需要 OCR 才能读取", "Page {0} has no text but {1} filled vector shapes (text converted to outlines?); it needs OCR to be read"),
        new("打印或转换时把文字转成了曲线（如 Ghostscript -dNoOutputFonts），页面看起来有字但没有文本层。OCR 启用时按扫描件识别。", "The text was turned into curves when printing or converting (e.g. Ghostscript -dNoOutputFonts): the page shows text but has no text layer. With OCR on it is read like a scan."));

    public static readonly DiagnosticDescriptor AbsurdGlyphs = New(
        DiagnosticIds.AbsurdGlyphs, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("字号或位置异常的文字已忽略", "Characters of absurd size or position ignored"),
        new("第 {0} 页有 {1} 个字符字号超过 {2} pt 或位于页面之外极远处，已忽略，其余文字照常读取", "Page {0} has {1} characters larger than {2} pt or placed absurdly far off the page; they were ignored and the rest of the page was read"),
        new("损坏或恶意的 PDF 可能把个别字符设成天文数字的字号或坐标（如 1e30），这样的字符不可能是可读的文字。", "A broken or hostile PDF can give single characters an astronomical size or position (such as 1e30); no such character is readable text."));

    public static readonly DiagnosticDescriptor LayoutLimitExceeded = New(
        DiagnosticIds.LayoutLimitExceeded, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("页面划线超出版面分析上限", "Ruling lines beyond the layout limit"),
        new("第 {0} 页有{1}，超出版面分析上限 {2}：该页的表格未按划线重建，其文字按行读取", "Page {0} has {1}, more than the layout limit of {2}: its tables were not rebuilt from ruling lines and its text was read as lines"),
        new("真实报告的一页只有几十到几百段划线。损坏或恶意的 PDF 可能画出成千上万条线，按它们重建的表格网格会耗尽内存（500 KB 的文件曾占用 2.2 GB）。上限：每页 PdfPageExtractor.MaxRulingSegments 段划线、ReportCheckerOptions.MaxTableGridPositions 个网格位置。", "A real report page has tens to hundreds of ruling segments. A broken or hostile PDF can draw tens of thousands, and a table grid rebuilt from them would exhaust memory (a 500 KB file once took 2.2 GB). Limits: PdfPageExtractor.MaxRulingSegments segments per page and ReportCheckerOptions.MaxTableGridPositions grid positions."));

    public static readonly DiagnosticDescriptor TableCutByPageEdge = New(
        DiagnosticIds.TableCutByPageEdge, DiagnosticCategory.Reading, DiagnosticSeverity.Warning, "READ",
        new("表格超出页面边缘被截断", "Table cut by the page edge"),
        new(
            "第 {0} 页的表格超出页面边缘（{1}），被截断：页面之外的文字不在页面上，相应单元格按截断处理，不读取也不推测",
            "The table on page {0} runs past the page edge ({1}) and is cut: text beyond the page is not on it; the cells there are reported as clipped, neither read nor guessed"),
        new(
            "办公软件打印比页面更宽的网页表格时会在页面边缘截断表格：首列的标签或末几列不在页面上。识别表格时会说明哪些标准列缺失（RP0216）。",
            "An office suite printing a web table wider than the page cuts it at the page edge: the first column's labels or the last columns are off the page. Recognition says which standard columns are absent (RP0216)."));

    public static readonly DiagnosticDescriptor NotAReport = New(
        DiagnosticIds.NotAReport, DiagnosticCategory.Recognition, DiagnosticSeverity.Error, "RECOGNIZE",
        new("不是政府信息公开工作年度报告", "Not an annual report"),
        new("未识别为政府信息公开工作年度报告：没有找到标准章节或表二、表三、表四", "Not recognised as a 政府信息公开工作年度报告: none of the standard sections or tables 二, 三, 四 were found"),
        new("文档中既没有年度报告的章节标题，也没有标准表格。", "The document has neither the report's section headings nor its standard tables."));

    public static readonly DiagnosticDescriptor TemplateUnknown = New(
        DiagnosticIds.TemplateUnknown, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("无法确定模板版本", "Template version unknown"),
        new("无法确定报告使用的模板版本（2019 试行格式或 2021 格式）", "The template version (2019 trial or 2021 format) could not be determined"),
        new("表二表头和报告年度都无法判断模板。", "Neither 表二's headers nor the report year tell the template."));

    public static readonly DiagnosticDescriptor ReportIsAttachment = New(
        DiagnosticIds.ReportIsAttachment, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("报告仅以附件形式提供", "Report only provided as an attachment"),
        new("页面正文没有年度报告内容，报告以附件形式提供：{0}；请下载附件后检查", "The page body has no report content; the report is an attachment: {0}; download and check the attachment"),
        new("网页只有“附件下载”链接。请检查附件本身。", "The page only links the report (附件下载). Check the attachment itself."));

    public static readonly DiagnosticDescriptor TableLayoutUnrecognized = New(
        DiagnosticIds.TableLayoutUnrecognized, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("表格结构无法完全识别", "Table layout not fully recognised"),
        new("{0} 的表头无法识别，数值列按表格最右侧的 {1} 列读取，请核对", "The header of {0} was not recognised; values were read from its rightmost {1} columns; please verify"),
        new("表头缺失或被拆散时，按模板列数从右侧读取。数值可能错位。", "When the header is missing or broken up, values are read from the right by the template's column count. They may be misplaced."));

    public static readonly DiagnosticDescriptor RowNotFound = New(
        DiagnosticIds.RowNotFound, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("未找到标准行", "Standard row not found"),
        new("{0} 中未找到行“{1}”（{2}），该行数值按缺失处理", "Row '{1}' ({2}) was not found in {0}; its values are treated as missing"),
        new("行标签与模板不符、被删除，或无法识别。", "The row label differs from the template, the row was removed, or it could not be recognised."));

    public static readonly DiagnosticDescriptor ColumnNotFound = New(
        DiagnosticIds.ColumnNotFound, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("未找到标准列", "Standard column not found"),
        new("{0} 中未找到列“{1}”（{2}），该列数值按缺失处理", "Column '{1}' ({2}) was not found in {0}; its values are treated as missing"),
        new("表头与模板不符或无法识别。", "The header differs from the template or could not be recognised."));

    public static readonly DiagnosticDescriptor ValuesReadInRowOrder = New(
        DiagnosticIds.ValuesReadInRowOrder, DiagnosticCategory.Recognition, DiagnosticSeverity.Info, "RECOGNIZE",
        new("按行内顺序读取数值", "Values read in row order"),
        new("{0} 行“{1}”的单元格与表头列不对齐，已按行内顺序读取 {2} 个数值", "The cells of row '{1}' in {0} do not line up with the header; its {2} values were read in row order"),
        new("行中多出或缺少空单元格（模板漂移）时，按顺序读取数值。", "When a row has an extra or missing empty cell (template drift), its values are read in order."));

    public static readonly DiagnosticDescriptor TableClippedColumnsAbsent = New(
        DiagnosticIds.TableClippedColumnsAbsent, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("表格被截断，部分列缺失", "Table clipped, columns absent"),
        new(
            "{0} 被页面边缘截断（{1}），列 {2} 不在页面上；这些列的数值未读取，也不推测其归属",
            "{0} is cut by the page edge ({1}): columns {2} are not on the page; their values are not read, and no value is assigned to them by guess"),
        new(
            "表格比页面宽时（RP0135），被截去的列按缺失处理并在此列出；涉及这些列的勾稽关系不作判断。",
            "When a table is wider than the page (RP0135), the columns cut off are treated as missing and listed here; identities over them are not assessed."));

    public static readonly DiagnosticDescriptor RowCellsMisaligned = New(
        DiagnosticIds.RowCellsMisaligned, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("数值单元格与表头列对不上", "Value cells do not match the headings"),
        new(
            "{0} 行“{1}”的 {2} 个数值单元格与 {3} 个表头列的合并方式不一致，个数也不同，无法判断各数值属于哪一列；这些单元格按读取不确定处理",
            "The {2} value cells of row '{1}' in {0} are merged differently from its {3} headings and their number differs, so which heading each value belongs to cannot be told; the cells are reported as read without certainty"),
        new(
            "表头与数据行的列合并（colspan、gridSpan）不一致时，若数值个数与表头列数相同，按顺序对应（RP0207）；个数不同则不猜测。",
            "When the column spans (colspan, gridSpan) of the header and of a data row disagree, values are matched to headings in order if their numbers are equal (RP0207); otherwise nothing is guessed."));

    public static readonly DiagnosticDescriptor DuplicateTable = New(
        DiagnosticIds.DuplicateTable, DiagnosticCategory.Recognition, DiagnosticSeverity.Info, "RECOGNIZE",
        new("标准表出现多次", "Standard table appears more than once"),
        new("找到 {1} 个与{0}相似的表格，检查的是第一个，其余作为附加表格保留", "Found {1} tables that look like {0}; the first is checked, the others are kept as extra tables"),
        new("汇总报告可能附有分部门的表格。", "Aggregated reports may add per-department tables."));

    public static readonly DiagnosticDescriptor YearNotFound = New(
        DiagnosticIds.YearNotFound, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("无法确定报告年度", "Report year not found"),
        new("标题和正文中都没有找到报告年度，模板版本检查未执行", "The report year was found neither in the title nor in the text; the template check was skipped"),
        new("报告年度来自标题或统计期限句。", "The year comes from the title or the statistics-period sentence."));

    public static readonly DiagnosticDescriptor LabelMatchedApproximately = New(
        DiagnosticIds.LabelMatchedApproximately, DiagnosticCategory.Recognition, DiagnosticSeverity.Info, "RECOGNIZE",
        new("行标签近似匹配", "Row label matched approximately"),
        new("{0} 中的行标签“{1}”与模板标签“{2}”不完全一致（相差 {3} 个字符，与其他标签相差 {4}），已按近似匹配识别", "Row label '{1}' in {0} differs from the template's '{2}' by {3} characters (from any other label by {4}); it was matched approximately"),
        new("识别或转换噪声（形近字、漏字、颠倒、多余空格）使标签与模板不完全一致；只有当最接近的模板标签足够接近、且明显比其他标签更接近时才匹配。", "Recognition or conversion noise (look-alike, dropped or swapped characters, stray spaces) makes the label differ from the template; it is matched only when the closest template label is close enough and clearly closer than any other."));

    public static readonly DiagnosticDescriptor ColumnsByPlaceholder = New(
        DiagnosticIds.ColumnsByPlaceholder, DiagnosticCategory.Recognition, DiagnosticSeverity.Info, "RECOGNIZE",
        new("表头为转换生成的占位名，按模板列顺序读取", "Placeholder column headings, columns read in the template's order"),
        new("{0} 的表头是转换工具生成的编号占位名（数据1…数据{1}、总计），不是模板列名；各列按模板顺序读作 {2}", "The header of {0} is a converter's numbered placeholders (数据1…数据{1}, 总计), not the template's headings; the columns were read in the template's order as {2}"),
        new("有的文档转换工具把表三拆成每组一张表，表头写成“类别 | 数据1 … 数据6 | 总计”。只有编号从 1 起连续、个数与模板一致且紧接“总计”时才按模板顺序读取；行合计核对可验证这一读法。", "Some document converters split 表三 into one table per row group with the header '类别 | 数据1 … 数据6 | 总计'. The columns are read in the template's order only when the placeholders are numbered from 1 in adjacent columns, as many as the template has, directly followed by 总计; the row-total checks verify the reading."));

    public static readonly DiagnosticDescriptor RowsReadBySequence = New(
        DiagnosticIds.RowsReadBySequence, DiagnosticCategory.Recognition, DiagnosticSeverity.Warning, "RECOGNIZE",
        new("无行标签的数值行按模板顺序读取", "Unlabelled value rows read by the template's order"),
        new("{0} 中有 {1} 行数值没有可识别的行标签，位于“{2}”与“{3}”之间；模板在这两行之间恰有 {1} 行且均未读到，已按顺序读作：{4}，请核对", "{1} value rows in {0} have no recognisable label and stand between '{2}' and '{3}'; the template has exactly {1} rows between those two, none read elsewhere, so they were read in order as: {4}; please verify"),
        new("文本转换会丢掉多行单元格的行标签，只留下数值。只有当无标签的数值行夹在两个已识别的行之间、且行数与模板在两者之间的行数相等（只有一种模板版本相符）时才按顺序读取；否则不读取。", "Text conversions drop the labels of multi-line cells and keep only the values. Unlabelled value rows are read in order only when they stand between two recognised rows and their number equals the number of template rows between those two (in exactly one template version); otherwise they are not read."));

    public static readonly DiagnosticDescriptor ColumnInferred = New(
        DiagnosticIds.ColumnInferred, DiagnosticCategory.Recognition, DiagnosticSeverity.Info, "RECOGNIZE",
        new("列表头缺失，按位置推定", "Column header missing, column inferred"),
        new("{0} 中列“{1}”（{2}）的表头缺失，其余各列按模板顺序排列，只剩一列可为该列，已按该列读取", "The header of column '{1}' ({2}) is missing in {0}; the other columns stand in the template's order and leave exactly one column for it, which was read as that column"),
        new("文本转换常丢失表头单元格；只有当其余各列的位置唯一确定缺失列、且该列在数据行中有数值时才推定。", "Text conversions often lose a header cell; the column is inferred only when the positions of the others leave exactly one place for it and the data rows have values there."));

    // ---- RP03xx Mapping ----
    public static readonly DiagnosticDescriptor CellNotNumber = New(
        DiagnosticIds.CellNotNumber, DiagnosticCategory.Mapping, DiagnosticSeverity.Warning, "MAP",
        new("单元格不是数字", "Cell is not a number"),
        new("数值单元格的内容“{0}”不是数字，不参与计算", "The value cell holds '{0}', which is not a number; it takes no part in the checks"),
        new("数值单元格中出现文字。", "Text in a value cell."));

    public static readonly DiagnosticDescriptor BlankCells = New(
        DiagnosticIds.BlankCells, DiagnosticCategory.Mapping, DiagnosticSeverity.Info, "MAP",
        new("数值单元格空白", "Blank value cells"),
        new("{0} 有 {1} 个数值单元格为空白、“—”、“/”或“无”；空白不按 0 计算，涉及这些单元格的勾稽关系未判断", "{0} has {1} value cells that are blank, '—', '/' or '无'; blanks are not read as 0, so the checks that involve them were not assessed"),
        new("默认策略：空白单元格不是 0。可用 BlankCellPolicy.TreatAsZero 改为按 0 计算。", "Default policy: a blank cell is not 0. BlankCellPolicy.TreatAsZero reads it as 0."));

    public static readonly DiagnosticDescriptor UnitInCell = New(
        DiagnosticIds.UnitInCell, DiagnosticCategory.Mapping, DiagnosticSeverity.Info, "MAP",
        new("单元格带单位", "Unit printed in cell"),
        new("单元格“{0}”带有单位“{1}”，按数值 {2} 读取", "Cell '{0}' carries the unit '{1}'; read as the number {2}"),
        new("单位已去除；金额单位与表头不符时另有诊断。", "The unit is stripped; a unit that contradicts the header is reported separately."));

    public static readonly DiagnosticDescriptor CellsNotFound = New(
        DiagnosticIds.CellsNotFound, DiagnosticCategory.Mapping, DiagnosticSeverity.Warning, "MAP",
        new("模板单元格未读取到", "Template cells not found"),
        new("{0} 有 {1} 个模板规定的单元格未读取到：{2}；这些单元格不是空白，而是没有找到，涉及它们的核对未判断", "{0} has {1} cells the template defines that were not found: {2}; they are not blank but not found, so the checks that involve them were not assessed"),
        new("所在行或列未能识别（见 RP0205、RP0206），或读取器没有找到单元格。与报告中的空白单元格（RP0302）不同，这里不说明报告有误。", "Their row or column was not recognised (see RP0205, RP0206), or the reader did not find the cell. Unlike a blank cell of the report (RP0302), this says nothing against the report."));

    public static readonly DiagnosticDescriptor CellsReadUncertainly = New(
        DiagnosticIds.CellsReadUncertainly, DiagnosticCategory.Mapping, DiagnosticSeverity.Warning, "MAP",
        new("单元格读取不确定", "Cells read without certainty"),
        new("{0} 有 {1} 个单元格读取不确定，不参与核对：{2}", "{0} has {1} cells whose reading is uncertain; they take no part in the checks: {2}"),
        new("ambiguous：来源无法确定数值或所属列（如数字连写有多种拆分、列按位置推断）；doubtful：识别置信度低（OCR）；clipped：单元格被页面边缘截断。括号内为读取器给出的原因。", "ambiguous: the source does not fix the value or its column (run-together digits with several splits, a column taken from position); doubtful: recognised with low confidence (OCR); clipped: cut by the page edge. The reader's reason is given in brackets."));

    public static readonly DiagnosticDescriptor ChecksNotAssessed = New(
        DiagnosticIds.ChecksNotAssessed, DiagnosticCategory.Mapping, DiagnosticSeverity.Info, "MAP",
        new("核对未判断", "Checks not assessed"),
        new("{0} 有 {1} 项核对因单元格未读取到或读取不确定而未判断：{2}（{3}）", "{0} has {1} checks that were not assessed because a cell was not found or not read with certainty: {2} ({3})"),
        new("{2} 为核对项（规则及其所在行或列，如 RULE.T3.RESULT_SUM[T3.C.total]），{3} 为原因（单元格及其状态：not-found、ambiguous、doubtful、clipped）。只有读取确定的单元格参与核对：没读到的单元格绝不会变成“报告有误”。因空白单元格而未判断的核对见 RP0302。", "{2} lists the checks (the rule and its row or column, e.g. RULE.T3.RESULT_SUM[T3.C.total]), {3} the reasons (cells and their states: not-found, ambiguous, doubtful, clipped). Only cells read with certainty take part in the checks: a cell that was not read never becomes a finding against the report. Checks stopped by blank cells are covered by RP0302."));

    // ---- RP04xx Structure ----
    public static readonly DiagnosticDescriptor NumberOutOfRange = New(
        DiagnosticIds.NumberOutOfRange, DiagnosticCategory.Mapping, DiagnosticSeverity.Warning, "MAP",
        new("数值超出可核对范围", "Number out of range"),
        new("单元格的数值“{0}”超出可核对的范围（绝对值不超过 {1}），不参与计算", "The cell holds '{0}', beyond the range the checks use (magnitude up to {1}); it takes no part in the checks"),
        new("没有年度报告会填这么大的数（通常是误填或恶意文件）；按原样保留，不四舍五入，涉及它的核对不判断。", "No annual report counts that much (a typing slip or a hostile file); the text is kept as printed, never rounded, and the checks involving it are not assessed."));

    public static readonly DiagnosticDescriptor SectionMissing = New(
        DiagnosticIds.SectionMissing, DiagnosticCategory.Structure, DiagnosticSeverity.Error, "RULE.S.HEADINGS",
        new("缺少章节", "Section missing"),
        new("缺少第{0}部分“{1}”", "Section {0} '{1}' is missing"),
        new("年度报告格式规定的六个部分必须齐全。", "The format requires all six sections."));

    public static readonly DiagnosticDescriptor SectionMisnumbered = New(
        DiagnosticIds.SectionMisnumbered, DiagnosticCategory.Structure, DiagnosticSeverity.Error, "RULE.S.HEADINGS",
        new("章节编号错误", "Section misnumbered"),
        new("章节“{0}”的编号为“{1}”，按模板应为“{2}”", "Section '{0}' is numbered '{1}'; the template numbers it '{2}'"),
        new("章节编号或顺序与模板不一致。", "Section numbering or order differs from the template."));

    public static readonly DiagnosticDescriptor TableMissing = New(
        DiagnosticIds.TableMissing, DiagnosticCategory.Structure, DiagnosticSeverity.Error, "RULE.S.TABLES",
        new("缺少标准表格", "Standard table missing"),
        new("缺少{0}“{1}”", "{0} '{1}' is missing"),
        new("表二、表三、表四必须以文字表格形式提供。", "Tables 二, 三 and 四 must be present as text tables."));

    public static readonly DiagnosticDescriptor HeadingVariant = New(
        DiagnosticIds.HeadingVariant, DiagnosticCategory.Structure, DiagnosticSeverity.Info, "RULE.S.HEADINGS",
        new("章节标题与模板不同", "Heading differs from the template"),
        new("章节标题“{0}”与模板“{1}”不同（已按{2}识别）", "Heading '{0}' differs from the template's '{1}' (recognised as {2})"),
        new("常见的标题变体可以接受，仅作提示。", "Common heading variants are accepted; this is a note."));

    public static readonly DiagnosticDescriptor TemplateMismatch = New(
        DiagnosticIds.TemplateMismatch, DiagnosticCategory.Structure, DiagnosticSeverity.Error, "RULE.S.VERSION",
        new("模板版本与报告年度不符", "Template does not fit the report year"),
        new("{0} 年度报告应使用 {1} 格式，但表二是 {2} 格式", "A report for {0} should use the {1} format, but 表二 follows {2}"),
        new("2019、2020 年度使用国办公开办函〔2019〕60号试行格式，2021 年度起使用国办公开办函〔2021〕30号格式。", "Reports for 2019–2020 use the trial format of 国办公开办函〔2019〕60号; from 2021 the format of 国办公开办函〔2021〕30号."));

    public static readonly DiagnosticDescriptor StaleOtherHandlingRow = New(
        DiagnosticIds.StaleOtherHandlingRow, DiagnosticCategory.Structure, DiagnosticSeverity.Warning, "RULE.S.VERSION",
        new("表三“（六）其他处理”为旧版单行", "表三 （六）其他处理 is the old single row"),
        new("报告按 2021 年格式编制，但表三“（六）其他处理”只有一行（2019 试行格式），缺少三个细分项", "The report follows the 2021 format, but 表三's （六）其他处理 is a single row (2019 trial format) without its three sub-rows"),
        new("模板混用：新版表二配旧版表三。数值照常检查。", "Mixed templates: a new 表二 with an old 表三. The values are still checked."));

    public static readonly DiagnosticDescriptor TableIsImage = New(
        DiagnosticIds.TableIsImage, DiagnosticCategory.Structure, DiagnosticSeverity.Error, "RULE.S.TABLES",
        new("表格为图片", "Table is an image"),
        new("{0}“{1}”以图片形式提供，无法读取数值（需要 OCR）", "{0} '{1}' is published as an image; its values cannot be read (it needs OCR)"),
        new("表格应以文字表格提供，图片表格无法检索和核对。", "Tables should be text tables; an image cannot be searched or checked."));

    public static readonly DiagnosticDescriptor StaleDisclosureLabel = New(
        DiagnosticIds.StaleDisclosureLabel, DiagnosticCategory.Structure, DiagnosticSeverity.Info, "RULE.S.VERSION",
        new("表二使用旧版行标签", "表二 uses an old row label"),
        new("表二行标签为“{0}”，2021 年格式为“{1}”", "表二 labels the row '{0}'; the 2021 format says '{1}'"),
        new("2021 年格式将“规范性文件”改为“行政规范性文件”。", "The 2021 format renamed 规范性文件 to 行政规范性文件."));

    public static readonly DiagnosticDescriptor NonStandardSubtotal = New(
        DiagnosticIds.NonStandardSubtotal, DiagnosticCategory.Structure, DiagnosticSeverity.Info, "RULE.S.VERSION",
        new("表三含非标准小计", "表三 has a non-standard subtotal"),
        new("表三印有官方格式没有的小计“{1}”（{0}），其数值已单独核对", "表三 prints a subtotal '{1}' ({0}) that the official form does not have; its values were checked separately"),
        new("官方表三没有“法人或其他组织”小计列，也没有（三）至（六）的小计行。有些地方模板加了这些栏目：读取时单独保存，不影响标准单元格，并由 RP0509–RP0511 核对。", "The official 表三 has no 法人或其他组织 subtotal column and no 小计 rows under （三）–（六）. Some local templates add them: they are read apart from the standard cells and checked by RP0509–RP0511."));

    // ---- RP05xx Arithmetic ----
    public static readonly DiagnosticDescriptor RowTotalMismatch = New(
        DiagnosticIds.RowTotalMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.ROW_TOTAL",
        new("表三行合计不等", "表三 row total does not add up"),
        new("表三“{0}”行：自然人与各类法人或其他组织之和为 {1}，但总计为 {2}", "表三 row '{0}': natural persons plus the organisation columns sum to {1}, but the total is {2}"),
        new("每一行的总计等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。", "Each row's 总计 equals the sum of its six applicant columns."));

    public static readonly DiagnosticDescriptor OutcomeSumMismatch = New(
        DiagnosticIds.OutcomeSumMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.RESULT_SUM",
        new("表三办理结果之和与总计不等", "表三 outcomes do not add up to （七）总计"),
        new("表三“{0}”列：各项办理结果之和为 {1}，但（七）总计为 {2}", "表三 column '{0}': the outcome rows sum to {1}, but （七）总计 is {2}"),
        new("（七）总计等于（一）至（六）各项（含细分项）之和。", "（七）总计 equals the sum of outcomes （一） to （六） including their sub-rows."));

    public static readonly DiagnosticDescriptor ApplicationsDoNotBalance = New(
        DiagnosticIds.ApplicationsDoNotBalance, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.BALANCE",
        new("表三勾稽关系不平", "表三 applications do not balance"),
        new("表三“{0}”列：新收 {1} + 上年结转 {2} ≠ 办理结果总计 {3} + 结转下年度 {4}", "表三 column '{0}': received {1} + carried over {2} ≠ outcome total {3} + carried forward {4}"),
        new("模板注明的勾稽关系：第一项加第二项之和，等于第三项加第四项之和。", "The template's own note: items one plus two equal items three plus four."));

    public static readonly DiagnosticDescriptor ReviewTotalMismatch = New(
        DiagnosticIds.ReviewTotalMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T4.BLOCK_TOTAL",
        new("表四小计不等", "表四 block total does not add up"),
        new("表四“{0}”：结果维持 {1} + 结果纠正 {2} + 其他结果 {3} + 尚未审结 {4} = {5}，但总计为 {6}", "表四 '{0}': upheld {1} + corrected {2} + other {3} + pending {4} = {5}, but the total is {6}"),
        new("行政复议、未经复议直接起诉、复议后起诉三组各自的总计等于前四项之和。", "Each of the three blocks' 总计 equals its first four cells."));

    public static readonly DiagnosticDescriptor ApplicationCountInvalid = New(
        DiagnosticIds.ApplicationCountInvalid, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.NONNEG_INT",
        new("表三数值不是非负整数", "表三 value is not a non-negative integer"),
        new("表三单元格的数值 {0} 不是非负整数（申请件数）", "表三 cell value {0} is not a non-negative integer (a number of applications)"),
        new("申请件数只能是 0 或正整数。", "Application counts are whole numbers ≥ 0."));

    public static readonly DiagnosticDescriptor ReviewCountInvalid = New(
        DiagnosticIds.ReviewCountInvalid, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T4.NONNEG_INT",
        new("表四数值不是非负整数", "表四 value is not a non-negative integer"),
        new("表四单元格的数值 {0} 不是非负整数（案件数）", "表四 cell value {0} is not a non-negative integer (a number of cases)"),
        new("复议、诉讼件数只能是 0 或正整数。", "Case counts are whole numbers ≥ 0."));

    public static readonly DiagnosticDescriptor DisclosureValueInvalid = New(
        DiagnosticIds.DisclosureValueInvalid, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T2.NONNEG",
        new("表二数值无效", "表二 value invalid"),
        new("表二单元格的数值 {0} 无效：件数应为非负整数，金额应为非负数", "表二 cell value {0} is invalid: counts must be whole numbers ≥ 0 and amounts ≥ 0"),
        new("件数为非负整数，收费金额（万元）为非负数；仅 2019 试行格式的“本年增/减”可以为负。", "Counts are whole numbers ≥ 0 and the fee (万元) is ≥ 0; only the 2019 trial format's 本年增/减 may be negative."));

    public static readonly DiagnosticDescriptor TotalLeftBlank = New(
        DiagnosticIds.TotalLeftBlank, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Warning, "RULE.T3.ROW_TOTAL",
        new("合计单元格空白", "Total cell left blank"),
        new("合计单元格 {0} 为空白，但其组成部分之和为 {1}", "The total cell {0} is blank, but its parts sum to {1}"),
        new("空白不按 0 计算：合计空白而组成部分不为 0 时，单独提示，而不是报告“不等”。", "Blanks are not read as 0: a blank total over non-zero parts is reported on its own, not as a mismatch."));

    public static readonly DiagnosticDescriptor OrgSubtotalMismatch = New(
        DiagnosticIds.OrgSubtotalMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.ORG_SUBTOTAL",
        new("表三法人或其他组织小计不等", "表三 法人或其他组织 subtotal does not add up"),
        new("表三“{0}”行：法人或其他组织五列之和为 {1}，但小计为 {2}", "表三 row '{0}': the five 法人或其他组织 columns sum to {1}, but the subtotal is {2}"),
        new("非标准的“法人或其他组织”小计列应等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和。", "A non-standard 法人或其他组织 subtotal column must equal its five columns (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)."));

    public static readonly DiagnosticDescriptor OrgSubtotalTotalMismatch = New(
        DiagnosticIds.OrgSubtotalTotalMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.ORG_SUBTOTAL",
        new("表三总计不等于自然人加小计", "表三 total is not 自然人 plus the subtotal"),
        new("表三“{0}”行：自然人 {1} + 法人或其他组织小计 {2} = {3}，但总计为 {4}", "表三 row '{0}': 自然人 {1} + 法人或其他组织 subtotal {2} = {3}, but the total is {4}"),
        new("有小计列时，总计 = 自然人 + 小计。仅在五个组织列不能逐列核对（如空白）、行合计（RP0501）因而未判断时报告，避免重复。", "With a subtotal column, total = 自然人 + subtotal. Reported only when the five organisation columns cannot be assessed (e.g. blank), so the row total (RP0501) was not, to avoid double findings."));

    public static readonly DiagnosticDescriptor GroupSubtotalMismatch = New(
        DiagnosticIds.GroupSubtotalMismatch, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Error, "RULE.T3.GROUP_SUBTOTAL",
        new("表三小计行不等", "表三 subtotal row does not add up"),
        new("表三“{0}”小计行“{1}”列：细分项之和为 {2}，但小计为 {3}", "表三 subtotal row of '{0}', column '{1}': the sub-rows sum to {2}, but the subtotal is {3}"),
        new("非标准的小计行（（三）不予公开、（四）无法提供、（五）不予处理、（六）其他处理之下）应等于其细分项之和。", "A non-standard 小计 row under （三）不予公开, （四）无法提供, （五）不予处理 or （六）其他处理 must equal the sum of its sub-rows."));

    public static readonly DiagnosticDescriptor CarryForwardExceedsAvailable = New(
        DiagnosticIds.CarryForwardExceedsAvailable, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Info, "RULE.T3.CARRY_FORWARD_BOUND",
        new("结转下年度多于可办理的申请", "Carried forward exceeds the applications available"),
        new("表三“{0}”列：结转下年度 {1} 大于本年新收 {2} 与上年结转 {3} 之和", "表三 column '{0}': carried forward {1} exceeds newly received {2} plus carried over {3}"),
        new("由勾稽关系推出：结转下年度不能多于新收加上年结转。只在（七）总计空白、勾稽关系（RP0503）无法判断时报告。", "Implied by the balance: what is carried forward cannot exceed what was received plus carried over. Reported only when （七）总计 is unstated, so the balance (RP0503) could not be assessed."));

    public static readonly DiagnosticDescriptor FeeAmountLooksLikeYuan = New(
        DiagnosticIds.FeeAmountLooksLikeYuan, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Info, "RULE.T2.FEE_MAGNITUDE",
        new("收费金额疑似按元填报", "Fee amount may be in 元, not 万元"),
        new("表二行政事业性收费金额“{0}”按万元读作 {1} 万元，数额异常，疑似按“元”填报", "表二's fee '{0}' reads as {1} 万元 (units of 10,000 yuan), an unusual amount; it may have been filled in 元"),
        new("“本年收费金额”的单位是万元。单元格写明“元”，或数值达到 100 万万元（100 亿元）以上时提示核对单位。", "The column 本年收费金额 is in 万元. A cell that says 元, or an amount of 1,000,000 万元 (10 billion yuan) or more, is worth a check of the unit."));

    public static readonly DiagnosticDescriptor TrialItemCountNegative = New(
        DiagnosticIds.TrialItemCountNegative, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Warning, "RULE.T2.V2019_ITEMS",
        new("项目数量加增减为负", "Item count plus change is negative"),
        new("表二“{0}”：上一年项目数量 {1} 加本年增/减 {2} 为 {3}，小于 0", "表二 '{0}': previous year's items {1} plus this year's change {2} is {3}, below 0"),
        new("2019 试行格式：本年项目数 = 上一年项目数量 + 本年增/减，不能为负。", "2019 trial format: this year's items = previous year's items + change, which cannot be negative."));

    public static readonly DiagnosticDescriptor TrialPublishedExceedsTotal = New(
        DiagnosticIds.TrialPublishedExceedsTotal, DiagnosticCategory.Arithmetic, DiagnosticSeverity.Warning, "RULE.T2.V2019_PUBLISHED",
        new("本年新公开数量大于对外公开总数量", "Newly published exceeds the total published"),
        new("表二“{0}”：本年新公开数量 {1} 大于对外公开总数量 {2}", "表二 '{0}': newly published {1} exceeds the total published {2}"),
        new("2019 试行格式：对外公开总数量包含本年新公开的文件。", "2019 trial format: the total published includes this year's newly published documents."));

    // ---- RP06xx Narrative ----
    public static readonly DiagnosticDescriptor NarrativeReceivedMismatch = New(
        DiagnosticIds.NarrativeReceivedMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.NEW_APPS",
        new("正文申请数与表三不符", "Applications stated in the text differ from 表三"),
        new("正文“{0}”所述 {1} 件与表三不符：“{2}”列本年新收为 {3}，新收加上年结转为 {4}", "The text '{0}' states {1}, which differs from 表三: column '{2}' has {3} newly received, {4} with those carried over"),
        new("正文“收到/受理…申请 X 件”应与表三本年新收一致；“受理”常含上年结转，两种口径都接受。", "The text's 收到/受理…申请 X 件 should match 表三's newly received; 受理 often includes the carried-over, so either reading is accepted."));

    public static readonly DiagnosticDescriptor NarrativeReceivedIncludesCarryOver = New(
        DiagnosticIds.NarrativeReceivedIncludesCarryOver, DiagnosticCategory.Narrative, DiagnosticSeverity.Info, "RULE.N.NEW_APPS",
        new("正文申请数含上年结转", "Applications in the text include the carried-over"),
        new("正文“{0}”所述 {1} 件按“本年新收 {2} + 上年结转 {3}”的口径与表三一致，不是表三的“本年新收”", "The text '{0}' states {1}, which matches 表三 as newly received {2} + carried over {3}, not 本年新收 alone"),
        new("正文与表格一致，但口径不同：正文的数字含上年结转的申请。", "Text and table agree, on a different basis: the text's number includes the applications carried over."));

    public static readonly DiagnosticDescriptor NarrativeCarriedOverMismatch = New(
        DiagnosticIds.NarrativeCarriedOverMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.CARRY_IN",
        new("正文上年结转数与表三不符", "Carried-over applications in the text differ from 表三"),
        new("正文“{0}”所述上年结转 {1} 件，但表三上年结转为 {2}", "The text '{0}' states {1} carried over, but 表三's 上年结转 is {2}"),
        new("正文“上年结转 X 件”应与表三第二项总计一致。", "The text's 上年结转 X 件 should match item 二 of 表三."));

    public static readonly DiagnosticDescriptor NarrativeCompletedMismatch = New(
        DiagnosticIds.NarrativeCompletedMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.DONE",
        new("正文办结数与表三不符", "Completed applications in the text differ from 表三"),
        new("正文“{0}”所述办结 {1} 件，但表三（七）总计为 {2}", "The text '{0}' states {1} completed, but 表三's （七）总计 is {2}"),
        new("正文“办结/答复/共办理 X 件”应与表三（七）总计一致。", "The text's 办结/答复/共办理 X 件 should match 表三's （七）总计."));

    public static readonly DiagnosticDescriptor NarrativeCarriedForwardMismatch = New(
        DiagnosticIds.NarrativeCarriedForwardMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.CARRY_OUT",
        new("正文结转下年度数与表三不符", "Carried-forward applications in the text differ from 表三"),
        new("正文“{0}”所述结转下年度 {1} 件，但表三结转下年度继续办理为 {2}", "The text '{0}' states {1} carried forward, but 表三's 结转下年度继续办理 is {2}"),
        new("正文“结转下年度/顺延到下年度 X 件”应与表三第四项总计一致。", "The text's 结转下年度/顺延到下年度 X 件 should match item 四 of 表三."));

    public static readonly DiagnosticDescriptor NarrativeOutcomeMismatch = New(
        DiagnosticIds.NarrativeOutcomeMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.OUTCOMES",
        new("正文办理结果数与表三不符", "An outcome count in the text differs from 表三"),
        new("正文“{0}”所述{1} {2} 件，但表三为 {3}", "The text '{0}' states {2} for {1}, but 表三 has {3}"),
        new("正文“予以公开/部分公开/不予公开/无法提供/不予处理/其他处理 X 件”应与表三对应行（含细分项之和）一致。", "The text's counts per outcome should match the rows of 表三 (a group as the sum of its sub-rows)."));

    public static readonly DiagnosticDescriptor NarrativePercentageMismatch = New(
        DiagnosticIds.NarrativePercentageMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.OUTCOMES",
        new("正文办理结果占比与表三不符", "An outcome percentage in the text differs from 表三"),
        new("正文“{0}”所述{1}占比 {2}%，但按表三计算为 {3}%（{4}/{5}）", "The text '{0}' gives {1} as {2}%, but 表三 gives {3}% ({4}/{5})"),
        new("占比按表三（七）总计重新计算（也接受以本年新收、新收加结转为分母），允许末位舍入误差。", "The share is recomputed against 表三's （七）总计 (newly received, or newly received plus carried over, are also accepted as the base), allowing for rounding of the last digit."));

    public static readonly DiagnosticDescriptor NarrativeNoApplicationsContradicted = New(
        DiagnosticIds.NarrativeNoApplicationsContradicted, DiagnosticCategory.Narrative, DiagnosticSeverity.Error, "RULE.N.NO_APPS",
        new("正文称未收到申请但表三有新收", "The text says no applications, 表三 has some"),
        new("正文“{0}”称未收到政府信息公开申请，但表三本年新收为 {1}", "The text '{0}' says no applications were received, but 表三's newly received is {1}"),
        new("正文与表格直接矛盾。只在句子不限定申请人类型、渠道或时段时判断。", "Text and table contradict each other. Assessed only when the sentence does not restrict the applicant type, channel or period."));

    public static readonly DiagnosticDescriptor NarrativeReviewLitigationMismatch = New(
        DiagnosticIds.NarrativeReviewLitigationMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.REVIEW_LIT",
        new("正文复议、诉讼数与表四不符", "Review or litigation count in the text differs from 表四"),
        new("正文“{0}”所述{1} {2} 件，但表四为 {3}", "The text '{0}' states {2} for {1}, but 表四 has {3}"),
        new("正文中政府信息公开行政复议件数应与表四行政复议总计一致，行政诉讼件数应与两个诉讼总计之和一致。", "The text's number of 行政复议 should match 表四's review total, its 行政诉讼 the sum of the two litigation totals."));

    public static readonly DiagnosticDescriptor NarrativeDisclosureCountMismatch = New(
        DiagnosticIds.NarrativeDisclosureCountMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Info, "RULE.N.T2_DOCS",
        new("正文规章、规范性文件数与表二不同", "Regulation or normative document count in the text differs from 表二"),
        new("正文“{0}”所述{1} {2} 件，与表二本年制发件数 {3} 不同", "The text '{0}' states {2} for {1}, unlike 表二's issued count {3}"),
        new("仅作提示：正文常统计“公开”的文件数，而表二统计“制发”数。", "A note only: the text often counts documents published, while 表二 counts documents issued."));

    public static readonly DiagnosticDescriptor FeeStatementMissing = New(
        DiagnosticIds.FeeStatementMissing, DiagnosticCategory.Narrative, DiagnosticSeverity.Error, "RULE.N.FEE",
        new("未说明信息处理费收取情况", "No statement on the information processing fee"),
        new("“{0}”没有说明信息处理费收取情况（2021 年格式要求在此说明，未收取也应写明）", "'{0}' does not state whether an information processing fee was charged (the 2021 format asks for it here, also when none was)"),
        new("国办公开办函〔2021〕30号模板第六部分注明“收取信息处理费情况在此处报告”；依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。", "The 2021 template's section 六 says 收取信息处理费情况在此处报告, under the 信息处理费 measures (国办函〔2020〕109号)."));

    public static readonly DiagnosticDescriptor StatisticsPeriodMissing = New(
        DiagnosticIds.StatisticsPeriodMissing, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.YEAR",
        new("未说明统计期限", "No statistics period"),
        new("报告没有说明数据的统计期限（如“本报告中所列数据的统计期限为{0}年1月1日至12月31日”）", "The report does not state the statistics period of its data (e.g. 本报告中所列数据的统计期限为{0}年1月1日至12月31日)"),
        new("统计期限句不是模板内容，但几乎所有报告都有；没有它，读者无法确认数据所属年度。", "The sentence is not part of the template but nearly every report has it; without it the year of the data is unclear."));

    public static readonly DiagnosticDescriptor ReportYearMismatch = New(
        DiagnosticIds.ReportYearMismatch, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.YEAR",
        new("正文年份与报告年度不符", "A year in the text does not fit the report year"),
        new("{0}“{1}”写的是 {2} 年，但报告年度为 {3} 年", "{0} '{1}' says {2}, but the report is for {3}"),
        new("统计期限、标题年份应为报告年度；总体情况、其他事项中以“某年，…”开头的句子不应是更早的年份（常见于照搬上年报告）；问题整改部分回顾的应是上一年。", "The statistics period and the title give the report year; a sentence of 总体情况 or 其他事项 that opens with an earlier year (often a leftover from last year's report) does not fit; 问题整改 looks back on the previous year."));

    public static readonly DiagnosticDescriptor OverviewAspectMissing = New(
        DiagnosticIds.OverviewAspectMissing, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.S1_ASPECTS",
        new("总体情况缺少规定方面", "Overview misses a required aspect"),
        new("“一、总体情况”未涉及：{0}", "'一、总体情况' does not cover: {0}"),
        new("2021 年格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面（按关键词判断）。", "The 2021 format asks the overview to cover 主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设 and 监督保障 (checked by keywords)."));

    public static readonly DiagnosticDescriptor GovernmentAccountabilityMissing = New(
        DiagnosticIds.GovernmentAccountabilityMissing, DiagnosticCategory.Narrative, DiagnosticSeverity.Warning, "RULE.N.S1_ASPECTS",
        new("未说明考核、评议、责任追究结果", "No word on appraisal, public review and accountability"),
        new("人民政府的年度报告应说明工作考核、社会评议和责任追究结果情况，“一、总体情况”未提及：{0}", "A people's government's report should state the results of 工作考核, 社会评议 and 责任追究; '一、总体情况' does not mention: {0}"),
        new("《条例》第五十条第（四）项；2021 年格式要求各级人民政府在监督保障方面说明。", "条例 art. 50 item (四); the 2021 format asks people's governments at every level to report it under 监督保障."));

    // ---- RP07xx Cross-report ----
    public static readonly DiagnosticDescriptor CarryOverMismatch = New(
        DiagnosticIds.CarryOverMismatch, DiagnosticCategory.CrossReport, DiagnosticSeverity.Warning, "RULE.X.CARRY_OVER",
        new("上年结转与上年报告不衔接", "Carried over does not match last year's report"),
        new("表三“{0}”列：本年上年结转为 {1}，但 {2} 年报告（{3}）的结转下年度为 {4}", "表三 column '{0}': carried over is {1}, but the {2} report ({3}) carried forward {4}"),
        new("本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”。机构合并拆分、上年报告事后更正时可能合理不等。", "This year's 上年结转 should equal last year's 结转下年度继续办理. Merged or split agencies and corrected reports are legitimate exceptions."));

    public static readonly DiagnosticDescriptor StockFlowMismatch = New(
        DiagnosticIds.StockFlowMismatch, DiagnosticCategory.CrossReport, DiagnosticSeverity.Warning, "RULE.T2.STOCK_FLOW",
        new("现行有效件数与上年不衔接", "Documents in force do not follow from last year"),
        new("表二“{0}”：上年现行有效 {1} + 本年制发 {2} − 本年废止 {3} = {4}，但本年现行有效为 {5}（相差 {6}；上年报告 {7}）", "表二 '{0}': in force last year {1} + issued {2} − repealed {3} = {4}, but in force now is {5} (difference {6}; last year's report {7})"),
        new("现行有效件数 ≈ 上年现行有效 + 本年制发 − 本年废止。文件有效期届满、机构改革后重新统计等可能合理不等，只作警告。", "In force ≈ last year's in force + issued − repealed. Documents expiring, or a recount after a reorganisation, are legitimate exceptions; a warning only."));

    public static readonly DiagnosticDescriptor RepealedExceedsStock = New(
        DiagnosticIds.RepealedExceedsStock, DiagnosticCategory.CrossReport, DiagnosticSeverity.Warning, "RULE.T2.REPEALED_LE_STOCK",
        new("废止件数多于可废止件数", "More repealed than could be"),
        new("表二“{0}”：本年废止 {1} 件，多于上年现行有效 {2} 件与本年制发 {3} 件之和（上年报告 {4}）", "表二 '{0}': {1} repealed, more than last year's {2} in force plus {3} issued (last year's report {4})"),
        new("本年废止的文件只能来自上年现行有效的或本年制发的文件。", "Documents repealed this year can only be ones in force last year or issued this year."));

    public static readonly DiagnosticDescriptor TextReused = New(
        DiagnosticIds.TextReused, DiagnosticCategory.CrossReport, DiagnosticSeverity.Warning, "RULE.X.TEXT_REUSE",
        new("正文与上年报告高度相似", "Text largely repeats last year's report"),
        new("“{0}”与 {1} 年报告（{2}）的同一部分相似度为 {3}%，疑似照搬上年内容", "'{0}' is {3}% similar to the same section of the {1} report ({2}); it may have been copied"),
        new("相似度 = 本年该部分的字符片段（数字不计）在上年同一部分中出现的比例。2021 年格式“明确责任”要求追究内容雷同的责任。", "Similarity = the share of this year's character shingles (digits ignored) that occur in the same section last year. The 2021 format's 明确责任 names 内容雷同 (copied content) as a ground for accountability."));

    public static readonly DiagnosticDescriptor TablesRepeated = New(
        DiagnosticIds.TablesRepeated, DiagnosticCategory.CrossReport, DiagnosticSeverity.Warning, "RULE.X.TEXT_REUSE",
        new("表格数值与上年完全相同", "Table values identical to last year's"),
        new("{0}的全部 {1} 个数值与 {2} 年报告（{3}）完全相同", "All {1} values of {0} are identical to the {2} report ({3})"),
        new("连续两年统计数据完全相同通常说明照搬了上年表格。几乎全为 0 的表格不判断。", "Identical statistics two years running usually mean last year's table was copied. Tables that are (almost) all zero are not assessed."));

    public static readonly DiagnosticDescriptor SameAgencyYearTwice = New(
        DiagnosticIds.SameAgencyYearTwice, DiagnosticCategory.CrossReport, DiagnosticSeverity.Info, "RULE.X.SAME_YEAR",
        new("同一机关同一年度有多份报告", "Two reports of one agency for one year"),
        new("{0} {1} 年度还有另一份报告（{2}）；跨年核对对每一份都做了", "{0} has another report for {1} ({2}); the cross-year checks ran for each"),
        new("可能是同一报告的多个副本（不同平台、更正版），也可能是机关名称归并有误。", "Either copies of one report (several platforms, a corrected version) or agency names merged wrongly."));

    // ---- RP90xx Internal ----
    public static readonly DiagnosticDescriptor RuleCrashed = New(
        DiagnosticIds.RuleCrashed, DiagnosticCategory.Internal, DiagnosticSeverity.Warning, "INTERNAL",
        new("检查规则内部错误", "A check crashed"),
        new("检查规则 {0} 出错：{1}；其他检查照常执行，请报告此问题", "Check {0} failed: {1}; the other checks ran; please report this"),
        new("ReportParser 自身的缺陷。", "A defect in ReportParser itself."));

    public static readonly DiagnosticDescriptor ReaderCrashed = New(
        DiagnosticIds.ReaderCrashed, DiagnosticCategory.Internal, DiagnosticSeverity.Error, "INTERNAL",
        new("读取器内部错误", "A reader crashed"),
        new("{0} 读取器出错：{1}；文件可能格式异常，请报告此问题", "The {0} reader failed: {1}; the file may be malformed; please report this"),
        new("读取器遇到了未处理的异常。文件状态记为无法读取。", "The reader hit an unhandled exception. The file is recorded as unreadable."));

    /// <summary>Every descriptor, in id order. Must stay the last member: static fields initialise in file order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        FileEmpty, FileCorrupt, UnsupportedFormat, FileEncrypted, NoTextLayer, LegacyBinaryFormat, GarbledTextLayer,
        ResourceLimitExceeded, FormatMismatch, EncodingUncertain, EmbeddedContentNotRead, FastSavedWord, ReadByOcr, OcrFailed, CheckTimedOut, FileAccessFailed, WorkerCrashed, MemoryLimitExceeded, FontProgramTruncated,
        ReferenceCycle, NothingReadable, TextAsOutlines, AbsurdGlyphs, LayoutLimitExceeded, TableCutByPageEdge,
        NotAReport, TemplateUnknown, ReportIsAttachment, TableLayoutUnrecognized, RowNotFound, ColumnNotFound,
        ValuesReadInRowOrder, DuplicateTable, YearNotFound, ColumnInferred, LabelMatchedApproximately, ColumnsByPlaceholder, RowsReadBySequence, RowCellsMisaligned, TableClippedColumnsAbsent,
        CellNotNumber, BlankCells, UnitInCell, CellsNotFound, CellsReadUncertainly, ChecksNotAssessed, NumberOutOfRange,
        SectionMissing, SectionMisnumbered, TableMissing, HeadingVariant, TemplateMismatch, StaleOtherHandlingRow,
        TableIsImage, StaleDisclosureLabel, NonStandardSubtotal,
        RowTotalMismatch, OutcomeSumMismatch, ApplicationsDoNotBalance, ReviewTotalMismatch, ApplicationCountInvalid,
        ReviewCountInvalid, DisclosureValueInvalid, TotalLeftBlank, OrgSubtotalMismatch, OrgSubtotalTotalMismatch,
        GroupSubtotalMismatch, CarryForwardExceedsAvailable, FeeAmountLooksLikeYuan, TrialItemCountNegative,
        TrialPublishedExceedsTotal,
        NarrativeReceivedMismatch, NarrativeReceivedIncludesCarryOver, NarrativeCarriedOverMismatch, NarrativeCompletedMismatch,
        NarrativeCarriedForwardMismatch, NarrativeOutcomeMismatch, NarrativePercentageMismatch, NarrativeNoApplicationsContradicted,
        NarrativeReviewLitigationMismatch, NarrativeDisclosureCountMismatch, FeeStatementMissing, StatisticsPeriodMissing,
        ReportYearMismatch, OverviewAspectMissing, GovernmentAccountabilityMissing,
        CarryOverMismatch, StockFlowMismatch, RepealedExceedsStock, TextReused, TablesRepeated, SameAgencyYearTwice,
        RuleCrashed, ReaderCrashed,
    ];

    private static DiagnosticDescriptor New(
        string id, DiagnosticCategory category, DiagnosticSeverity severity, string rule,
        LocalizedText title, LocalizedText message, LocalizedText description) =>
        new(id, category, severity, rule, title, message, description);
}
