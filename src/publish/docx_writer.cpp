#include "publish/docx_writer.hpp"

#include <numeric>

#include "publish/xml_text.hpp"
#include "publish/zip_package.hpp"

namespace gongkai::publish {
namespace {

using report::CellRole;
using report::PlacedCell;
using report::PrintedCell;
using report::PrintedTable;

constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A4 and the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips.
constexpr int kPageWidth = 11906;
constexpr int kPageHeight = 16838;
constexpr int kMarginTop = 2098;
constexpr int kMarginBottom = 1984;
constexpr int kMarginLeft = 1587;
constexpr int kMarginRight = 1474;
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;  // 156 mm

constexpr std::string_view kSerif = "Noto Serif CJK SC";
constexpr std::string_view kSans = "Noto Sans CJK SC";

std::string Fonts(std::string_view face) {
  std::string fonts = "<w:rFonts w:ascii=\"";
  fonts.append(face).append("\" w:hAnsi=\"").append(face).append("\" w:eastAsia=\"");
  fonts.append(face).append("\" w:cs=\"").append(face).append("\"/>");
  return fonts;
}

std::string Styles() {
  std::string out(kXmlDeclaration);
  out += "<w:styles ";
  out += kWordNamespaces;
  out += "><w:docDefaults><w:rPrDefault><w:rPr>" + Fonts(kSerif) +
         "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" "
         "w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
         "w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr>"
         "</w:pPrDefault></w:docDefaults>";
  out +=
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/><w:qFormat/></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn "
      "w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"0\" w:after=\"560\" "
      "w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/>"
      "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading "
      "1\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:ind "
      "w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>" +
      Fonts(kSans) + "</w:rPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body "
      "Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:firstLineChars=\"200\" "
      "w:firstLine=\"640\"/></w:pPr></w:style>";
  out +=
      "<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table "
      "Text\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"300\" "
      "w:lineRule=\"atLeast\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:sz w:val=\"21\"/>"
      "<w:szCs w:val=\"21\"/></w:rPr></w:style>";
  out += "</w:styles>";
  return out;
}

void AppendRun(std::string& out, std::string_view text) {
  out += "<w:r><w:t xml:space=\"preserve\">";
  AppendXmlText(out, text);
  out += "</w:t></w:r>";
}

void AppendParagraph(std::string& out, std::string_view style, std::string_view justify,
                     std::string_view text) {
  out += "<w:p><w:pPr>";
  if (!style.empty()) out.append("<w:pStyle w:val=\"").append(style).append("\"/>");
  if (!justify.empty()) out.append("<w:jc w:val=\"").append(justify).append("\"/>");
  out += "</w:pPr>";
  AppendRun(out, text);
  out += "</w:p>";
}

std::vector<int> ColumnTwips(const PrintedTable& table) {
  const int total = std::accumulate(table.column_widths.begin(), table.column_widths.end(), 0);
  std::vector<int> twips;
  twips.reserve(table.column_widths.size());
  int used = 0;
  for (std::size_t i = 0; i < table.column_widths.size(); ++i) {
    int width = i + 1 == table.column_widths.size()
                    ? kTextWidth - used
                    : kTextWidth * table.column_widths[i] / std::max(total, 1);
    twips.push_back(width);
    used += width;
  }
  return twips;
}

// A vertically merged cell is a "restart" cell followed by "continue" cells in the rows below.
enum class VerticalMerge { kNone, kRestart, kContinue };

void AppendCellProperties(std::string& out, int width, int colspan, VerticalMerge merge) {
  out += "<w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  if (colspan > 1) out += "<w:gridSpan w:val=\"" + std::to_string(colspan) + "\"/>";
  if (merge == VerticalMerge::kRestart) out += "<w:vMerge w:val=\"restart\"/>";
  if (merge == VerticalMerge::kContinue) out += "<w:vMerge/>";
  out += "<w:vAlign w:val=\"center\"/></w:tcPr>";
}

void AppendTable(std::string& out, const PrintedTable& table) {
  const std::vector<int> twips = ColumnTwips(table);
  auto span_width = [&twips](int column, int colspan) {
    int width = 0;
    for (int c = column; c < column + colspan; ++c) width += twips[static_cast<std::size_t>(c)];
    return width;
  };
  out += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) +
         "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>";
  for (std::string_view side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out.append("<w:").append(side).append(
        " w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
        "w:color=\"000000\"/>");
  }
  out +=
      "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" "
      "w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
  for (int width : twips) out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  out += "</w:tblGrid>";

  const std::vector<PlacedCell> placed = report::PlaceCells(table);
  // Which cell covers each grid position, for the w:vMerge continuations Word needs.
  std::vector<std::vector<const PlacedCell*>> cover(
      table.rows.size(), std::vector<const PlacedCell*>(static_cast<std::size_t>(table.columns)));
  for (const PlacedCell& cell : placed) {
    for (int r = cell.row; r < cell.row + cell.cell->rowspan; ++r) {
      for (int c = cell.column; c < cell.column + cell.cell->colspan; ++c) {
        if (r < static_cast<int>(cover.size()) && c < table.columns) {
          cover[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = &cell;
        }
      }
    }
  }
  for (std::size_t row = 0; row < table.rows.size(); ++row) {
    out += "<w:tr><w:trPr><w:cantSplit/>";
    if (static_cast<int>(row) < table.header_rows) out += "<w:tblHeader/>";
    out += "</w:trPr>";
    int column = 0;
    while (column < table.columns) {
      const PlacedCell* cell = cover[row][static_cast<std::size_t>(column)];
      if (cell == nullptr) {  // a short row: an empty cell keeps the grid whole
        out += "<w:tc>";
        AppendCellProperties(out, span_width(column, 1), 1, VerticalMerge::kNone);
        out += "<w:p/></w:tc>";
        ++column;
        continue;
      }
      const PrintedCell& printed = *cell->cell;
      const int width = span_width(column, printed.colspan);
      out += "<w:tc>";
      if (cell->row != static_cast<int>(row)) {
        AppendCellProperties(out, width, printed.colspan, VerticalMerge::kContinue);
        out += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p></w:tc>";
      } else {
        AppendCellProperties(out, width, printed.colspan,
                             printed.rowspan > 1 ? VerticalMerge::kRestart : VerticalMerge::kNone);
        const std::string_view justify = printed.role == CellRole::kValue      ? "right"
                                         : printed.role == CellRole::kRowLabel ? "left"
                                                                               : "center";
        AppendParagraph(out, "TableText", printed.rowspan > 1 ? "center" : justify, printed.text);
        out += "</w:tc>";
      }
      column += printed.colspan;
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
}

std::string DocumentXml(const Document& document) {
  std::string out(kXmlDeclaration);
  out.reserve(65536);
  out += "<w:document ";
  out += kWordNamespaces;
  out += "><w:body>";
  for (const Block& block : document.blocks) {
    switch (block.kind) {
      case BlockKind::kTitle:
        AppendParagraph(out, "Title", "", block.text);
        break;
      case BlockKind::kSubtitle:
        AppendParagraph(out, "", "center", block.text);
        break;
      case BlockKind::kHeading:
        AppendParagraph(out, "Heading1", "", block.text);
        break;
      case BlockKind::kParagraph:
        AppendParagraph(out, "BodyText", "", block.text);
        break;
      case BlockKind::kAddressee:
        AppendParagraph(out, "", "left", block.text);
        break;
      case BlockKind::kSignature:
        AppendParagraph(out, "", "right", block.text);
        break;
      case BlockKind::kTable:
        AppendTable(out, block.table);
        AppendParagraph(out, "", "", "");  // Word needs a paragraph between adjacent tables
        break;
    }
  }
  out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"" +
         std::to_string(kPageWidth) + "\" w:h=\"" + std::to_string(kPageHeight) +
         "\"/><w:pgMar w:top=\"" + std::to_string(kMarginTop) + "\" w:right=\"" +
         std::to_string(kMarginRight) + "\" w:bottom=\"" + std::to_string(kMarginBottom) +
         "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";
  out += "</w:body></w:document>";
  return out;
}

// "— 1 —" centred, 四号 (14 pt), GB/T 9704 §7.5.
std::string FooterXml() {
  std::string out(kXmlDeclaration);
  out += "<w:ftr ";
  out += kWordNamespaces;
  out += "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>";
  const std::string size = "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>";
  out += "<w:r>" + size + "<w:t xml:space=\"preserve\">— </w:t></w:r>";
  out += "<w:r>" + size + "<w:fldChar w:fldCharType=\"begin\"/></w:r>";
  out += "<w:r>" + size + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>";
  out += "<w:r>" + size + "<w:fldChar w:fldCharType=\"separate\"/></w:r>";
  out += "<w:r>" + size + "<w:t>1</w:t></w:r>";
  out += "<w:r>" + size + "<w:fldChar w:fldCharType=\"end\"/></w:r>";
  out += "<w:r>" + size + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
  return out;
}

std::string CoreProperties(const Document& document) {
  std::string out(kXmlDeclaration);
  out +=
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>";
  AppendXmlText(out, document.title);
  out += "</dc:title><dc:creator>Gongkai</dc:creator>";
  for (std::string_view stamp : {"created", "modified"}) {
    out.append("<dcterms:").append(stamp).append(" xsi:type=\"dcterms:W3CDTF\">");
    AppendXmlText(out, document.date);
    out.append("T00:00:00Z</dcterms:").append(stamp).append(">");
  }
  out += "</cp:coreProperties>";
  return out;
}

constexpr std::string_view kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
    R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
    R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
    R"(</Types>)";

constexpr std::string_view kPackageRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>)"
    R"(</Relationships>)";

constexpr std::string_view kDocumentRelationships =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)"
    R"(</Relationships>)";

constexpr std::string_view kAppProperties =
    R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
    R"(<Application>Gongkai</Application></Properties>)";

std::string Declared(std::string_view xml) {
  return std::string(kXmlDeclaration) + std::string(xml);
}

}  // namespace

Result<std::string> WriteDocx(const Document& document) {
  return ZipPackage({
      {"[Content_Types].xml", Declared(kContentTypes)},
      {"_rels/.rels", Declared(kPackageRelationships)},
      {"docProps/core.xml", CoreProperties(document)},
      {"docProps/app.xml", Declared(kAppProperties)},
      {"word/_rels/document.xml.rels", Declared(kDocumentRelationships)},
      {"word/document.xml", DocumentXml(document)},
      {"word/styles.xml", Styles()},
      {"word/footer1.xml", FooterXml()},
  });
}

}  // namespace gongkai::publish
