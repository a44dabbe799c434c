// A document to publish, independent of the file format: the title, headings, paragraphs,
// letter lines and tables of an annual report or an answer letter. The DOCX and PDF writers
// typeset the same Document, so both print the same words in the same order.
#pragma once

#include <string>
#include <vector>

#include "report/printed_table.hpp"

namespace gongkai::publish {

enum class BlockKind {
  kTitle,      // centred, large serif (公文标题, 小标宋 style)
  kSubtitle,   // centred, body size (a document number under the title)
  kHeading,    // a level-one heading (黑体 style), no indent
  kParagraph,  // body text (仿宋 style), first line indented two characters
  kAddressee,  // a line with no indent (主送: "张三：")
  kSignature,  // right-aligned (the organ's name, the date)
  kTable,      // a printed table of the annual report
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;            // everything but tables
  report::PrintedTable table;  // kTable
};

struct Document {
  std::string title;  // the document's metadata title
  std::string date;   // ISO date written as the creation date, so output is reproducible
  std::vector<Block> blocks;

  void Add(BlockKind kind, std::string text) { blocks.push_back(Block{kind, std::move(text), {}}); }
  void AddTable(report::PrintedTable table) {
    blocks.push_back(Block{BlockKind::kTable, {}, std::move(table)});
  }
};

}  // namespace gongkai::publish
