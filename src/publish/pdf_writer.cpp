#include "publish/pdf_writer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace gongkai::publish {
namespace {

using report::CellRole;
using report::PlacedCell;
using report::PrintedCell;
using report::PrintedTable;

// A4 in points and the GB/T 9704 text area (margins top 37 mm, bottom 35 mm, left 28 mm).
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kPointsPerMm;
constexpr double kPageHeight = 297 * kPointsPerMm;
constexpr double kTop = 37 * kPointsPerMm;
constexpr double kBottom = kPageHeight - 35 * kPointsPerMm;
constexpr double kLeft = 28 * kPointsPerMm;
constexpr double kTextWidth = 156 * kPointsPerMm;

constexpr double kBodySize = 16;  // 三号
constexpr double kTableSize = 9;  // 小五
constexpr double kCellPadding = 2.5;
constexpr double kParagraphGap = 4;
constexpr double kValueGap = 5;  // extra room beside a number, beyond the padding

// A blank value cell (not stated, which is not 0) prints as a dash: in a PDF an empty cell leaves
// no trace in the text, and a reader could not tell which cell was blank.
constexpr std::string_view kBlankMark = "—";

constexpr const char* kSerif = "Noto Serif CJK SC";
constexpr const char* kSans = "Noto Sans CJK SC";

struct FontFree {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using Font = std::unique_ptr<PangoFontDescription, FontFree>;

Font MakeFont(const char* family, double size, bool bold = false) {
  Font font(pango_font_description_new());
  pango_font_description_set_family(font.get(), family);
  pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font.get(), PANGO_WEIGHT_BOLD);
  return font;
}

// Valid UTF-8 without the control characters pango would draw as boxes.
std::string Printable(std::string_view text) {
  char* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string out;
  for (const char* c = valid; *c != '\0'; ++c) {
    if (static_cast<unsigned char>(*c) >= 0x20 || *c == '\n') out += *c;
  }
  g_free(valid);
  return out;
}

double ToPoints(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

// Typesets blocks onto pages, top to bottom, and numbers the pages.
class Typesetter {
 public:
  explicit Typesetter(cairo_t* cairo)
      : cairo_(cairo),
        layout_(pango_cairo_create_layout(cairo)),
        number_layout_(pango_cairo_create_layout(cairo)),
        y_(kTop) {
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_font_description(number_layout_, number_font_.get());
    pango_layout_set_width(number_layout_, static_cast<int>(kTextWidth * PANGO_SCALE));
    pango_layout_set_alignment(number_layout_, PANGO_ALIGN_CENTER);
  }
  ~Typesetter() {
    g_object_unref(number_layout_);
    g_object_unref(layout_);
  }
  Typesetter(const Typesetter&) = delete;
  Typesetter& operator=(const Typesetter&) = delete;

  // `next` is the block after this one (or null), so that a heading stays with what follows it.
  void Text(const Block& block, const Block* next) {
    switch (block.kind) {
      case BlockKind::kTitle:
        Lines(block.text, title_font_.get(), PANGO_ALIGN_CENTER, 0, 0, 28);
        y_ += 16;
        return;
      case BlockKind::kSubtitle:
        Lines(block.text, body_font_.get(), PANGO_ALIGN_CENTER, 0, 0, 8);
        return;
      case BlockKind::kHeading:
        if (y_ + kBodySize * 1.6 + RoomAfterHeading(next) > kBottom) NewPage();
        Lines(block.text, heading_font_.get(), PANGO_ALIGN_LEFT, 2 * kBodySize, 4, kParagraphGap);
        return;
      case BlockKind::kParagraph:
        Lines(block.text, body_font_.get(), PANGO_ALIGN_LEFT, 2 * kBodySize, 4, kParagraphGap);
        return;
      case BlockKind::kAddressee:
        Lines(block.text, body_font_.get(), PANGO_ALIGN_LEFT, 0, 4, kParagraphGap);
        return;
      case BlockKind::kSignature:
        Lines(block.text, body_font_.get(), PANGO_ALIGN_RIGHT, 0, 4, kParagraphGap);
        return;
      case BlockKind::kTable:
        Table(block.table);
        return;
    }
  }

  void Finish() { PageNumber(); }

 private:
  double RoomAfterHeading(const Block* next) {
    if (next != nullptr && next->kind == BlockKind::kTable) {
      return MeasureTable(next->table).NeededAtTop();
    }
    return 2 * kBodySize * 1.6;  // two lines of text
  }

  // One paragraph, line by line, moving to a new page where a line does not fit.
  void Lines(const std::string& text, const PangoFontDescription* font, PangoAlignment align,
             double indent, double spacing, double gap_after) {
    std::string printable = Printable(text);
    pango_layout_set_font_description(layout_, font);
    pango_layout_set_width(layout_, static_cast<int>(kTextWidth * PANGO_SCALE));
    pango_layout_set_alignment(layout_, align);
    pango_layout_set_justify(layout_, align == PANGO_ALIGN_LEFT);
    pango_layout_set_indent(layout_, static_cast<int>(indent * PANGO_SCALE));
    pango_layout_set_spacing(layout_, static_cast<int>(spacing * PANGO_SCALE));
    pango_layout_set_text(layout_, printable.c_str(), static_cast<int>(printable.size()));
    PangoLayoutIter* iter = pango_layout_get_iter(layout_);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      const double height = ToPoints(logical.height) + spacing;
      if (y_ + height > kBottom) NewPage();
      int line_top = 0;
      pango_layout_iter_get_line_yrange(iter, &line_top, nullptr);
      const double baseline = ToPoints(pango_layout_iter_get_baseline(iter) - line_top);
      cairo_move_to(cairo_, kLeft + ToPoints(logical.x), y_ + baseline);
      pango_cairo_show_layout_line(cairo_, pango_layout_iter_get_line_readonly(iter));
      y_ += height;
    } while (pango_layout_iter_next_line(iter) != 0);
    pango_layout_iter_free(iter);
    pango_layout_set_indent(layout_, 0);
    pango_layout_set_spacing(layout_, 0);
    y_ += gap_after;
  }

  // Prepares the layout for a cell's text; returns the text's height in points. Values never
  // wrap (a number split over two lines would be misread); other text wraps within the cell.
  double CellLayout(const PrintedCell& cell, double width) {
    std::string printable = cell.role == CellRole::kValue && !cell.value ? std::string(kBlankMark)
                                                                         : Printable(cell.text);
    pango_layout_set_font_description(layout_, table_font_.get());
    const bool value = cell.role == CellRole::kValue;
    pango_layout_set_width(layout_,
                           value ? -1 : static_cast<int>((width - 2 * kCellPadding) * PANGO_SCALE));
    pango_layout_set_justify(layout_, false);
    pango_layout_set_alignment(layout_, cell.role == CellRole::kRowLabel && cell.rowspan == 1
                                            ? PANGO_ALIGN_LEFT
                                            : PANGO_ALIGN_CENTER);
    pango_layout_set_text(layout_, printable.c_str(), static_cast<int>(printable.size()));
    int width_units = 0;
    int height_units = 0;
    pango_layout_get_size(layout_, &width_units, &height_units);
    // A number wider than its cell is set smaller, keeping a gap to the next cell's number that
    // text extraction sees as a column break.
    const double room = width - 2 * kCellPadding - kValueGap;
    if (value && ToPoints(width_units) > room) {
      Font smaller(pango_font_description_copy(table_font_.get()));
      pango_font_description_set_absolute_size(
          smaller.get(), kTableSize * room / ToPoints(width_units) * PANGO_SCALE);
      pango_layout_set_font_description(layout_, smaller.get());  // copied by pango
      pango_layout_get_size(layout_, &width_units, &height_units);
    }
    return std::max(ToPoints(height_units), kTableSize * 1.3);
  }

  // Column edges, cell positions and row heights of a table, before it is placed on pages.
  struct TableLayout {
    std::vector<double> x;
    std::vector<PlacedCell> placed;
    std::vector<double> height;
    std::size_t header_rows = 0;
    double header_height = 0;
    double whole = 0;
    double SpanWidth(const PlacedCell& cell) const {
      const auto first = static_cast<std::size_t>(cell.column);
      return x[first + static_cast<std::size_t>(cell.cell->colspan)] - x[first];
    }
    // The room it needs below the cursor: all of it when it fits on a page, else its header and
    // first row.
    double NeededAtTop() const {
      if (whole <= kBottom - kTop || header_rows >= height.size()) return whole;
      return header_height + height[header_rows];
    }
  };

  TableLayout MeasureTable(const PrintedTable& table) {
    TableLayout layout;
    const int total = std::accumulate(table.column_widths.begin(), table.column_widths.end(), 0);
    layout.x.push_back(kLeft);
    for (int width : table.column_widths) {
      layout.x.push_back(layout.x.back() + kTextWidth * width / std::max(total, 1));
    }
    layout.placed = report::PlaceCells(table);
    const std::size_t rows = table.rows.size();
    // Row heights: single-row cells first, then merged cells stretch their last row.
    layout.height.assign(rows, kTableSize * 1.3 + 2 * kCellPadding);
    for (const PlacedCell& cell : layout.placed) {
      if (cell.cell->rowspan != 1) continue;
      auto row = static_cast<std::size_t>(cell.row);
      layout.height[row] = std::max(
          layout.height[row], CellLayout(*cell.cell, layout.SpanWidth(cell)) + 2 * kCellPadding);
    }
    for (const PlacedCell& cell : layout.placed) {
      if (cell.cell->rowspan == 1) continue;
      auto first = static_cast<std::size_t>(cell.row);
      std::size_t last = std::min(rows, first + static_cast<std::size_t>(cell.cell->rowspan)) - 1;
      double spanned =
          std::accumulate(layout.height.begin() + static_cast<std::ptrdiff_t>(first),
                          layout.height.begin() + static_cast<std::ptrdiff_t>(last) + 1, 0.0);
      double needed = CellLayout(*cell.cell, layout.SpanWidth(cell)) + 2 * kCellPadding;
      if (needed > spanned) layout.height[last] += needed - spanned;
    }
    layout.header_rows = std::min(rows, static_cast<std::size_t>(table.header_rows));
    layout.header_height = std::accumulate(
        layout.height.begin(),
        layout.height.begin() + static_cast<std::ptrdiff_t>(layout.header_rows), 0.0);
    layout.whole = std::accumulate(layout.height.begin(), layout.height.end(), 0.0);
    return layout;
  }

  void Table(const PrintedTable& table) {
    const TableLayout layout = MeasureTable(table);
    const std::vector<double>& height = layout.height;
    const std::size_t rows = height.size();
    if (y_ + layout.NeededAtTop() > kBottom) NewPage();
    // Where each row goes: its page (counted from this one) and its top.
    std::vector<int> page(rows, 0);
    std::vector<double> top(rows, 0);
    int current = 0;
    double y = y_;
    for (std::size_t row = 0; row < rows; ++row) {
      if (row >= layout.header_rows && y + height[row] > kBottom &&
          y > kTop + layout.header_height + 1) {
        ++current;
        y = kTop + layout.header_height;  // the header rows are repeated above
      }
      page[row] = current;
      top[row] = y;
      y += height[row];
    }
    for (int sheet = 0; sheet <= current; ++sheet) {
      if (sheet > 0) {
        NewPage();
        DrawRows(layout, 0, layout.header_rows, [&](std::size_t row) {
          return std::accumulate(height.begin(), height.begin() + static_cast<std::ptrdiff_t>(row),
                                 kTop);
        });
      }
      DrawSheet(layout, page, top, sheet);
    }
    y_ = y + kParagraphGap * 2;
  }

  // The cells (or parts of merged cells) of rows [first, last) placed by `top_of`.
  template <typename TopOf>
  void DrawRows(const TableLayout& layout, std::size_t first, std::size_t last, TopOf top_of) {
    for (const PlacedCell& cell : layout.placed) {
      auto row = static_cast<std::size_t>(cell.row);
      if (row < first || row >= last) continue;
      std::size_t end = std::min(last, row + static_cast<std::size_t>(cell.cell->rowspan));
      double box = 0;
      for (std::size_t r = row; r < end; ++r) box += layout.height[r];
      DrawCell(layout, cell, top_of(row), box);
    }
  }

  // The part of the table on page `sheet` of the table: each cell's segment on that page, its
  // text in the segment where the cell starts (or, for a merged cell begun on an earlier page,
  // in its first segment on this one).
  void DrawSheet(const TableLayout& layout, const std::vector<int>& page,
                 const std::vector<double>& top, int sheet) {
    for (const PlacedCell& cell : layout.placed) {
      auto first = static_cast<std::size_t>(cell.row);
      std::size_t end = std::min(page.size(), first + static_cast<std::size_t>(cell.cell->rowspan));
      double segment_top = -1;
      double segment = 0;
      bool starts_here = false;
      for (std::size_t r = first; r < end; ++r) {
        if (page[r] != sheet) continue;
        if (segment_top < 0) {
          segment_top = top[r];
          starts_here = r == first;
        }
        segment += layout.height[r];
      }
      if (segment_top < 0) continue;
      bool begun_before = !starts_here && page[first] < sheet;
      if (starts_here || begun_before) DrawCell(layout, cell, segment_top, segment);
    }
  }

  // A cell's box and its text: values right-aligned, single-row cells from the top (so that a
  // wrapped label's first line stands beside its values), merged cells centred.
  void DrawCell(const TableLayout& layout, const PlacedCell& cell, double top, double box) {
    const double left = layout.x[static_cast<std::size_t>(cell.column)];
    const double width = layout.SpanWidth(cell);
    cairo_set_line_width(cairo_, 0.6);
    cairo_rectangle(cairo_, left, top, width, box);
    cairo_stroke(cairo_);
    const double text_height = CellLayout(*cell.cell, width);
    double text_left = left + kCellPadding;
    if (cell.cell->role == CellRole::kValue) {
      int text_width = 0;
      pango_layout_get_size(layout_, &text_width, nullptr);
      text_left = left + width - kCellPadding - ToPoints(text_width);
    }
    const bool centred = cell.cell->rowspan > 1 || cell.cell->role == CellRole::kHeader;
    cairo_move_to(cairo_, text_left,
                  top + (centred ? std::max(kCellPadding, (box - text_height) / 2) : kCellPadding));
    pango_cairo_show_layout(cairo_, layout_);
  }

  void PageNumber() {
    const std::string number = "— " + std::to_string(page_number_) + " —";
    pango_layout_set_text(number_layout_, number.c_str(), static_cast<int>(number.size()));
    cairo_move_to(cairo_, kLeft, kBottom + 7 * kPointsPerMm);
    pango_cairo_show_layout(cairo_, number_layout_);
  }

  void NewPage() {
    PageNumber();
    cairo_show_page(cairo_);
    ++page_number_;
    y_ = kTop;
  }

  Font title_font_ = MakeFont(kSerif, 22, true);  // 二号
  Font heading_font_ = MakeFont(kSans, kBodySize);
  Font body_font_ = MakeFont(kSerif, kBodySize);
  Font table_font_ = MakeFont(kSerif, kTableSize);
  Font number_font_ = MakeFont(kSerif, 14);  // 四号
  cairo_t* cairo_;
  PangoLayout* layout_;
  PangoLayout* number_layout_;  // page numbers, drawn while layout_ is mid-paragraph
  double y_;
  int page_number_ = 1;
};

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// True when fontconfig resolves `family` to itself rather than to a fallback.
bool FontInstalled(const char* family) {
  PangoFontMap* map = pango_cairo_font_map_get_default();
  PangoContext* context = pango_font_map_create_context(map);
  Font wanted = MakeFont(family, 12);
  PangoFont* font = pango_font_map_load_font(map, context, wanted.get());
  bool installed = false;
  if (font != nullptr) {
    Font got(pango_font_describe(font));
    const char* name = pango_font_description_get_family(got.get());
    installed = name != nullptr && std::string_view(name) == family;
    g_object_unref(font);
  }
  g_object_unref(context);
  return installed;
}

}  // namespace

Result<std::string> WritePdf(const Document& document) {
  for (const char* family : {kSerif, kSans}) {
    if (!FontInstalled(family)) {
      return Error{ErrorCode::kFailedPrecondition,
                   std::string("无法生成 PDF：缺少中文字体 ") + family +
                       "（请安装 fonts-noto-cjk：apt-get install fonts-noto-cjk）",
                   {}};
    }
  }
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(AppendToString, &bytes, kPageWidth, kPageHeight);
  const std::string date = document.date + "T00:00:00";
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Gongkai");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
  cairo_t* cairo = cairo_create(surface);
  {
    Typesetter typesetter(cairo);
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
      typesetter.Text(document.blocks[i],
                      i + 1 < document.blocks.size() ? &document.blocks[i + 1] : nullptr);
    }
    typesetter.Finish();
  }
  cairo_destroy(cairo);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Error{
        ErrorCode::kInternal, std::string("无法生成 PDF：") + cairo_status_to_string(status), {}};
  }
  return bytes;
}

}  // namespace gongkai::publish
