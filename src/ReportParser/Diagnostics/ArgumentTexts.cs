using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReportParser.Diagnostics;

/// <summary>
/// Chinese for the descriptive arguments the readers give in English (what a file was detected as, e.g. for RP0103), so
/// a Chinese message carries no English sentence. Arguments stay as written in the JSON contract and the cache; the
/// translation happens when a message is formatted, so it also applies to results read back from JSON.
/// </summary>
internal static class ArgumentTexts
{
    private static readonly Dictionary<string, string> Exact = new()
    {
        ["empty"] = "空文件",
        ["OLE compound document (.doc/.wps/.xls)"] = "OLE 复合文档（.doc/.wps/.xls）",
        ["plain text"] = "纯文本",
        ["binary data"] = "二进制数据",
        ["unknown"] = "未知格式",
        ["RTF (Rich Text Format), not DOCX; save it as .docx in Word or WPS"] = "RTF 格式，不是 DOCX；请在 Word 或 WPS 中另存为 .docx",
        ["Word XML (Word 2003 XML or flat OPC), not DOCX; save it as .docx in Word or WPS"] = "Word XML 格式（Word 2003 XML 或 OPC 单文件），不是 DOCX；请在 Word 或 WPS 中另存为 .docx",
        ["ZIP: an Excel workbook (.xlsx), not a Word document"] = "ZIP：Excel 工作簿（.xlsx），不是 Word 文档",
        ["ZIP: a PowerPoint presentation (.pptx), not a Word document"] = "ZIP：PowerPoint 演示文稿（.pptx），不是 Word 文档",
        ["ZIP: an OpenDocument text (.odt), not a Word document; save it as .docx"] = "ZIP：OpenDocument 文本（.odt），不是 Word 文档；请另存为 .docx",
        ["ZIP: an OFD document (.ofd), not a Word document"] = "ZIP：OFD 文档（.ofd），不是 Word 文档",
        ["password-protected Office document (encrypted OOXML package)"] = "设有打开密码的 Office 文档（加密的 OOXML 包）",
        ["Word 97-2003 (.doc/.wps)"] = "Word 97-2003（.doc/.wps）",
        ["left"] = "左侧",
        ["right"] = "右侧",
        ["left, right"] = "左右两侧",
        ["left,right"] = "左右两侧",
    };

    private static readonly (Regex Pattern, string Chinese)[] Patterns =
    [
        (new Regex("^ZIP: a file of type (.+), not a Word document$"), "ZIP：类型为 $1 的文件，不是 Word 文档"),
        (new Regex("^ZIP: an archive holding ([0-9]+) document file\\(s\\) \\((.*)\\); unzip it and check each file$"), "ZIP：压缩包，内含 $1 个文档（$2）；请解压后逐个检查"),
        (new Regex("^(.+) \\(no reader in this version\\)$"), "$1（本版本没有相应的读取器）"),
    ];

    /// <summary>The Chinese of a known English argument; anything else (numbers, names, file paths) as it is.</summary>
    public static string Chinese(string argument)
    {
        if (Exact.TryGetValue(argument, out var chinese))
        {
            return chinese;
        }

        foreach (var (pattern, replacement) in Patterns)
        {
            if (pattern.IsMatch(argument))
            {
                var translated = pattern.Replace(argument, replacement);
                return Exact.TryGetValue(pattern.Match(argument).Groups[1].Value, out var inner) ? translated.Replace(pattern.Match(argument).Groups[1].Value, inner) : translated;
            }
        }

        return argument;
    }
}
