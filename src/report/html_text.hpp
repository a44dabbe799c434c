// HTML to the printed layout: a published report as a web page (a Word export, or a full site
// page with navigation around the article) becomes lines of text, one per block, and one line
// per table row with its cells separated by tabs — the input ReadLayout reads (layout_reader.hpp).
//
// Lenient by design, like a browser: unknown tags are ignored, unclosed cells and rows end at the
// next one, text inside <script>, <style>, <head> (except <title>) and comments is dropped,
// entities are decoded (named ones common in Chinese pages, and numeric), runs of white space
// become one space. Inline tags (span, font, b, o:p, …) do not split text, so a label that Word
// spread over many tags reads as one. A cell merged over several rows (rowspan) or columns
// (colspan) appears once, where it begins — as the printed layout writes a merged label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/layout_reader.hpp"

namespace gongkai::report {

// Whether `bytes` is an HTML document rather than plain text: it begins (after white space)
// with "<!doctype html", "<html" or a comment, or holds a <table> with rows.
bool LooksLikeHtml(std::string_view bytes);

// Never fails: a page without a report gives text in which ReadLayout finds none. Source lines
// are the HTML file's.
LayoutText HtmlToLayout(std::string_view html);

}  // namespace gongkai::report
