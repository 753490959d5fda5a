#!/usr/bin/env python3
"""Writes features.docx: one small Word document with every structure the .doc reader must handle as the DOCX reader
does (list numbers, fields, hidden text, tracked changes, footnotes, headers and footers, merged and nested tables,
a text box, breaks, a symbol, a large and a small picture). make-samples.sh converts it to .doc with LibreOffice.
Deterministic: fixed timestamps, stored entries."""
import struct, sys, zipfile, zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

def run(text, props=''):
    return f'<w:r>{("<w:rPr>" + props + "</w:rPr>") if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'

def p(*runs, ppr=''):
    return f'<w:p>{("<w:pPr>" + ppr + "</w:pPr>") if ppr else ""}{"".join(runs)}</w:p>'

def numbered(text, level, style=''):
    return p(run(text), ppr=(f'<w:pStyle w:val="{style}"/>' if style else '') + f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')

def field(instruction, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(result) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

def cell(text, width, extra='', content=None):
    inner = content if content is not None else p(run(text))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{inner}</w:tc>'

def table(widths, rows):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = '<w:tblBorders>' + ''.join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
    return f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + ''.join(f'<w:tr>{r}</w:tr>' for r in rows) + '</w:tbl>'

def picture(rel, cx, cy, pid, name):
    return (f'<w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{pid}" name="{name}"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

def textbox(text):
    return ('<w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:200pt;height:40pt;z-index:1">'
            f'<v:textbox><w:txbxContent>{p(run(text))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')

def png(width, height):
    raw = b''.join(b'\x00' + b'\x80\x80\x80' * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

merged = table([2000, 2000, 2000], [
    cell('合并横', 4000, '<w:gridSpan w:val="2"/>') + cell('C1', 2000),
    cell('纵合并', 2000, '<w:vMerge w:val="restart"/>') + cell('B2', 2000) + cell('C2', 2000),
    cell('', 2000, '<w:vMerge/>') + cell('B3', 2000) + cell('C3', 2000),
])
inner = table([1500, 1500], [cell('内1', 1500) + cell('内2', 1500), cell('内3', 1500) + cell('内4', 1500)])
nested = table([4000, 2000], [cell('', 4000, content=p(run('外层格')) + inner + p(run(''))) + cell('右格', 2000)])

body = ''.join([
    p(run('功能样例'), ppr='<w:pStyle w:val="Title"/>'),
    numbered('总体情况', 0, 'Heading1'),
    numbered('主动公开', 1),
    numbered('依申请公开', 1),
    numbered('主动公开政府信息情况', 0, 'Heading1'),
    p(run('第'), field('PAGE', '1'), run('页，见'), field('HYPERLINK "http://www.example.gov.cn/"', '网站'), run('。')),
    p(run('可见'), run('隐藏', '<w:vanish/>'), run('文字。')),
    p(run('保留'), '<w:ins w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z">' + run('新增') + '</w:ins>',
      '<w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>删除</w:delText></w:r></w:del>', run('结束。')),
    p(run('脚注在此'), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', run('。')),
    p(run('甲'), '<w:r><w:tab/></w:r>', run('乙'), '<w:r><w:br/></w:r>', run('丙'), '<w:r><w:noBreakHyphen/></w:r>', run('丁'),
      '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', run('戊')),
    merged,
    p(run('嵌套表格之后')),
    nested,
    p(run('锚定文本框的段落'), textbox('文本框内容')),
    p(run('大图'), picture('rIdImg', 1905000, 1905000, 10, 'big'), run('小图'), picture('rIdImg', 95250, 95250, 11, 'small')),
    p(run('结尾段落。')),
])
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr"/><w:footerReference w:type="default" r:id="rIdFtr"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}{sect}</w:body></w:document>'

level0 = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
level1 = '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}><w:abstractNum w:abstractNumId="0">'
             f'<w:multiLevelType w:val="multilevel"/>{level0}{level1}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '</w:styles>')
header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{p(run("页眉文字"))}</w:hdr>'
footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{p(run("页脚第"), field("PAGE", "1"), run("页"))}</w:ftr>'
footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1">{p(run("脚注文字"))}</w:footnote></w:footnotes>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
        '</Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Default Extension="png" ContentType="image/png"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
         '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
         '</Types>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_STORED) as z:
    for name, data in [('[Content_Types].xml', types), ('_rels/.rels', root_rels), ('word/_rels/document.xml.rels', rels), ('word/document.xml', document),
                       ('word/styles.xml', styles), ('word/numbering.xml', numbering), ('word/header1.xml', header), ('word/footer1.xml', footer),
                       ('word/footnotes.xml', footnotes), ('word/media/image1.png', png(64, 64))]:
        info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
        z.writestr(info, data.encode('utf-8') if isinstance(data, str) else data)
