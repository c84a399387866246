#!/usr/bin/python3
"""Makes the spreadsheet fixtures of the spreadsheet-inventory tests with an independent writer (openpyxl, Debian's
python3-openpyxl), the way Excel keeps them: shared strings, date cells in built-in and custom date formats, a number
and a TRUE/FALSE cell, and a CSV saved in GBK with Excel's short dates. sites.json is the same inventory in JSON.
Run from this folder: /usr/bin/python3 make-fixtures.py"""
import datetime
import openpyxl
from openpyxl.styles import Font

HEADER = ["Site.Name", "Site.Domains", "Site.LaunchedOn", "Site.Commercial", "Icp.Number", "Icp.DisplayedOn",
          "License.Number", "Police.Number", "Police.SubmittedOn", "Police.ApprovedOn", "Copyright.Holder",
          "Copyright.Aliases", "Copyright.Since"]

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Sheet1"
sheet.append(HEADER)
for cell in sheet[1]:
    cell.font = Font(bold=True)
rows = [
    ["示例网站", "example.cn; shop.example.cn=京ICP备12345678号-2", datetime.date(2026, 11, 1), True, "京ICP备12345678号-1",
     datetime.date(2026, 11, 2), "京ICP证123456号", "京公网安备11010502030143号", datetime.date(2026, 11, 10),
     datetime.date(2026, 11, 20), "示例科技有限公司", "示例科技；示例", 2019],
    [None] * len(HEADER),  # an empty row Excel users leave between blocks
    ["乙站", "b.example.cn", "2026-11-20", False, "沪ICP备87654321号-1", None, None, None, 46347, None, None, None, None],
]
for row in rows:
    sheet.append(row)
# Row 2: the launch date in Excel's built-in short date (numFmt 14, "2026/11/1" on Chinese Windows), the display
# date in the long Chinese form, the others in ISO; row 4: a serial in a cell with no date format (46347 = 2026-11-21).
sheet["C2"].number_format = "mm-dd-yy"
sheet["F2"].number_format = 'yyyy"年"m"月"d"日"'
sheet["I2"].number_format = "yyyy-mm-dd"
sheet["J2"].number_format = "yyyy/m/d;@"
other = book.create_sheet("第二张")
other.append(["Icp.Number", "Site.Name", "Site.LaunchedOn"])
other.append(["粤ICP备19015064号-1", "丙站", datetime.date(2026, 10, 8)])
other["C2"].number_format = "mm-dd-yy"
book.save("sites.xlsx")

gbk = (
    "Site.Name,Site.Domains,Site.LaunchedOn,Site.Commercial,Icp.Number,Icp.DisplayedOn,License.Number,Police.Number,"
    "Police.SubmittedOn,Police.ApprovedOn,Copyright.Holder,Copyright.Aliases,Copyright.Since\r\n"
    "示例网站,\"example.cn; shop.example.cn=京ICP备12345678号-2\",2026/11/1,TRUE,京ICP备12345678号-1,2026年11月2日,"
    "京ICP证123456号,京公网安备11010502030143号,2026/11/10,2026/11/20,示例科技有限公司,示例科技；示例,2019\r\n"
    ",,,,,,,,,,,,\r\n"
    "乙站,b.example.cn,2026-11-20,FALSE,沪ICP备87654321号-1,,,,2026/11/21,,,,\r\n"
)
with open("sites-gbk.csv", "wb") as f:
    f.write(gbk.encode("gbk"))

# Excel itself keeps texts in the shared-string table, sometimes as rich-text runs and with phonetic guides (rPh),
# and Mac workbooks may count dates from 1904. openpyxl writes none of these, so this workbook is written by hand.
import zipfile

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="网站" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9"><si><t>Site.Name</t></si><si><t>Icp.Number</t></si><si><t>Site.LaunchedOn</t></si><si><t>Copyright.Since</t></si><si><t>Site.Domains</t></si><si><r><rPr><b/></rPr><t>示例</t></r><r><t>网站</t></r></si><si><t>京ICP备12345678号-1</t><rPh sb="0" eb="1"><t>jing</t></rPh></si><si><t xml:space="preserve"> example.cn </t></si><si><t>Police.Number</t></si></sst>',
    # B2 a rich-text name, C2 a text with a phonetic guide, D2 2026-11-01 as a 1904-system serial, E2 a year as a
    # number, F2 a padded host; row 3 is there with no cells at all.
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c><c r="F1" t="s"><v>4</v></c><c r="G1" t="s"><v>8</v></c></row><row r="2"><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" s="1"><v>44865</v></c><c r="E2"><v>2019</v></c><c r="F2" t="s"><v>7</v></c><c r="G2" t="str"><f>"京公网安备"&amp;"11010502030143号"</f><v>京公网安备11010502030143号</v></c></row><row r="3"/></sheetData></worksheet>',
}
with zipfile.ZipFile("excel-shared-strings.xlsx", "w", zipfile.ZIP_DEFLATED) as package:
    for name, content in PARTS.items():
        package.writestr(zipfile.ZipInfo(name, (2026, 12, 1, 0, 0, 0)), content)
