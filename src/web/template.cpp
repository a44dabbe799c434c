#include "web/template.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "base/text.hpp"

namespace gongkai::web {

struct Template::Body {
  enum class Kind { kText, kEscaped, kRaw, kSection, kInverted, kPartial };
  struct Node {
    Kind kind = Kind::kText;
    std::string text;               // literal text, or the name of a tag
    std::vector<std::string> path;  // the name split at '.'; empty for "."
    std::vector<Node> children;     // a section's body
  };
  std::vector<Node> nodes;
};

namespace {

using Node = Template::Body::Node;
using Kind = Template::Body::Kind;
using nlohmann::json;

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::vector<std::string> SplitPath(std::string_view name) {
  std::vector<std::string> path;
  if (name == ".") return path;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = name.find('.', start);
    path.emplace_back(name.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return path;
}

bool ValidName(std::string_view name) {
  if (name.empty()) return false;
  if (name == ".") return true;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return name.front() != '.' && name.back() != '.';
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& name) : text_(text), name_(name) {}

  Result<std::vector<Node>> Run() {
    std::vector<Node> nodes;
    GONGKAI_RETURN_IF_ERROR(ParseUntil(nodes, ""));
    return nodes;
  }

 private:
  Error Fail(std::size_t at, const std::string& message) const {
    int line = 1;
    for (std::size_t i = 0; i < at && i < text_.size(); ++i) line += text_[i] == '\n' ? 1 : 0;
    return Error::InvalidArgument(name_ + ":" + std::to_string(line) + "：" + message);
  }

  // Parses nodes into `out` until the closing tag of `section` (or the end when it is empty).
  Result<void> ParseUntil(std::vector<Node>& out, const std::string& section) {
    std::size_t opened_at = pos_;
    while (pos_ < text_.size()) {
      std::size_t open = text_.find("{{", pos_);
      if (open == std::string_view::npos) open = text_.size();
      if (open > pos_)
        out.push_back(Node{Kind::kText, std::string(text_.substr(pos_, open - pos_)), {}, {}});
      if (open == text_.size()) {
        pos_ = open;
        break;
      }
      bool triple = text_.substr(open, 3) == "{{{";
      std::string_view closing = triple ? "}}}" : "}}";
      std::size_t close = text_.find(closing, open + (triple ? 3 : 2));
      if (close == std::string_view::npos) return Fail(open, "标签“{{”没有闭合");
      std::string_view tag = text_.substr(open + (triple ? 3 : 2), close - open - (triple ? 3 : 2));
      pos_ = close + closing.size();
      char sigil = triple ? '{' : (tag.empty() ? '\0' : tag.front());
      if (sigil == '!') continue;
      if (!triple &&
          (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '&' || sigil == '>')) {
        tag.remove_prefix(1);
      }
      std::string name(Trim(tag));
      if (!ValidName(name)) return Fail(open, "标签名“" + name + "”无效");
      if (sigil == '/') {
        if (name != section) {
          std::string message = section.empty() ? "多余的结束标签“" : "结束标签“";
          message.append(name).append("”");
          if (!section.empty()) message.append("与“").append(section).append("”不匹配");
          return Fail(open, message);
        }
        return {};
      }
      Node node;
      node.text = name;
      node.path = SplitPath(name);
      switch (sigil) {
        case '{':
        case '&':
          node.kind = Kind::kRaw;
          break;
        case '#':
        case '^':
          node.kind = sigil == '#' ? Kind::kSection : Kind::kInverted;
          GONGKAI_RETURN_IF_ERROR(ParseUntil(node.children, name));
          break;
        case '>':
          node.kind = Kind::kPartial;
          break;
        default:
          node.kind = Kind::kEscaped;
      }
      out.push_back(std::move(node));
    }
    if (!section.empty()) return Fail(opened_at, "区段“" + section + "”没有结束标签");
    return {};
  }

  std::string_view text_;
  const std::string& name_;
  std::size_t pos_ = 0;
};

bool Truthy(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
      return false;
    case json::value_t::boolean:
      return value.get<bool>();
    case json::value_t::string:
      return !value.get_ref<const std::string&>().empty();
    case json::value_t::array:
    case json::value_t::object:
      return !value.empty();
    case json::value_t::number_integer:
      return value.get<std::int64_t>() != 0;
    case json::value_t::number_unsigned:
      return value.get<std::uint64_t>() != 0;
    case json::value_t::number_float:
      return value.get<double>() != 0.0;
    default:
      return true;
  }
}

class Renderer {
 public:
  Renderer(const std::map<std::string, Template, std::less<>>& templates) : templates_(templates) {}

  Result<void> Render(const std::vector<Node>& nodes, std::vector<const json*>& stack,
                      std::string& out, int depth) {
    for (const Node& node : nodes) {
      switch (node.kind) {
        case Kind::kText:
          out += node.text;
          break;
        case Kind::kEscaped:
        case Kind::kRaw: {
          const json* value = Lookup(node.path, stack);
          if (value == nullptr || value->is_null()) break;
          std::string text = value->is_string() ? value->get<std::string>() : value->dump();
          if (node.kind == Kind::kRaw) {
            out += text;
          } else {
            text::AppendHtmlEscaped(out, text);
          }
          break;
        }
        case Kind::kSection: {
          const json* value = Lookup(node.path, stack);
          if (value == nullptr || !Truthy(*value)) break;
          if (value->is_array()) {
            for (const json& element : *value) {
              stack.push_back(&element);
              Result<void> rendered = Render(node.children, stack, out, depth);
              stack.pop_back();
              if (!rendered) return rendered.error();
            }
          } else {
            stack.push_back(value);
            Result<void> rendered = Render(node.children, stack, out, depth);
            stack.pop_back();
            if (!rendered) return rendered.error();
          }
          break;
        }
        case Kind::kInverted: {
          const json* value = Lookup(node.path, stack);
          if (value == nullptr || !Truthy(*value)) {
            GONGKAI_RETURN_IF_ERROR(Render(node.children, stack, out, depth));
          }
          break;
        }
        case Kind::kPartial: {
          auto found = templates_.find(node.text);
          if (found == templates_.end()) return Error::NotFound("没有模板“" + node.text + "”");
          if (depth >= TemplateSet::kMaxPartialDepth) {
            return Error::InvalidArgument("模板“" + node.text + "”嵌套过深");
          }
          GONGKAI_RETURN_IF_ERROR(Render(found->second.body().nodes, stack, out, depth + 1));
          break;
        }
      }
    }
    return {};
  }

 private:
  static const json* Lookup(const std::vector<std::string>& path,
                            const std::vector<const json*>& stack) {
    if (path.empty()) return stack.back();
    const json* found = nullptr;
    for (auto context = stack.rbegin(); context != stack.rend(); ++context) {
      if (!(*context)->is_object()) continue;
      auto member = (*context)->find(path.front());
      if (member != (*context)->end()) {
        found = &*member;
        break;
      }
    }
    for (std::size_t i = 1; found != nullptr && i < path.size(); ++i) {
      if (found->is_array()) {
        // "items.0": an element by index, e.g. {{#orgs.1}} for "more than one".
        char* end = nullptr;
        unsigned long index = std::strtoul(path[i].c_str(), &end, 10);
        bool numeric = !path[i].empty() && end == path[i].c_str() + path[i].size();
        found = numeric && index < found->size() ? &(*found)[index] : nullptr;
        continue;
      }
      if (!found->is_object()) return nullptr;
      auto member = found->find(path[i]);
      found = member == found->end() ? nullptr : &*member;
    }
    return found;
  }

  const std::map<std::string, Template, std::less<>>& templates_;
};

}  // namespace

Result<Template> Template::Parse(std::string_view text, std::string name) {
  Parser parser(text, name);
  GONGKAI_ASSIGN_OR_RETURN(std::vector<Node> nodes, parser.Run());
  Template parsed;
  parsed.name_ = std::move(name);
  auto body = std::make_shared<Body>();
  body->nodes = std::move(nodes);
  parsed.body_ = std::move(body);
  return parsed;
}

Result<TemplateSet> TemplateSet::Load(const std::string& directory) {
  TemplateSet set;
  std::error_code error;
  std::filesystem::directory_iterator entries(directory, error);
  if (error)
    return Error::NotFound("无法读取模板目录 " + directory + "（" + error.message() + "）");
  for (const auto& entry : entries) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    std::ifstream file(entry.path(), std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    if (!file) return Error::NotFound("无法读取模板 " + entry.path().string());
    GONGKAI_RETURN_IF_ERROR(set.Add(entry.path().filename().string(), text.str()));
  }
  return set;
}

Result<void> TemplateSet::Add(std::string name, std::string_view text) {
  GONGKAI_ASSIGN_OR_RETURN(Template parsed, Template::Parse(text, name));
  templates_.insert_or_assign(std::move(name), std::move(parsed));
  return {};
}

bool TemplateSet::Has(std::string_view name) const { return templates_.contains(name); }

Result<std::string> TemplateSet::Render(std::string_view name, const json& context) const {
  auto found = templates_.find(name);
  if (found == templates_.end()) return Error::NotFound("没有模板“" + std::string(name) + "”");
  std::string out;
  out.reserve(16384);
  std::vector<const json*> stack{&context};
  Renderer renderer(templates_);
  GONGKAI_RETURN_IF_ERROR(renderer.Render(found->second.body().nodes, stack, out, 0));
  return out;
}

}  // namespace gongkai::web
