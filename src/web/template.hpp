// Page templates: a logic-less subset of Mustache rendered over JSON, so that pages are HTML files
// in web/templates/ that designers can edit and the server fills with the same JSON the API
// returns.
//
//   {{name}} {{a.b}} {{.}}    the value, HTML-escaped (numbers as JSON prints them)
//   {{{name}}} {{&name}}      the value unescaped (only for HTML the server built itself)
//   {{#name}}…{{/name}}       once per element of an array; once with an object or other truthy
//                             value pushed as the context; not at all when falsy
//   {{^name}}…{{/name}}       once when falsy: missing, null, false, 0, "", [] or {}
//   {{>name}}                 another template of the same set, in the current context
//   {{! comment}}
//
// A name is looked up from the innermost context outwards; a dotted name resolves its first part
// that way and the rest inside it. Parsing fails with the template's name and line; rendering
// never fails except for partials nested deeper than kMaxPartialDepth.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace gongkai::web {

// A parsed template; cheap to copy, immutable, safe to share between threads.
class Template {
 public:
  struct Body;  // the parsed nodes (template.cpp)
  // `name` is used in error messages ("dashboard.html:12").
  static Result<Template> Parse(std::string_view text, std::string name);
  const std::string& name() const { return name_; }
  const Body& body() const { return *body_; }

 private:
  std::string name_;
  std::shared_ptr<const Body> body_;
};

class TemplateSet {
 public:
  static constexpr int kMaxPartialDepth = 16;

  // Every "*.html" file of `directory`, named by file name ("layout.html"). Fails naming the
  // first file that does not parse.
  static Result<TemplateSet> Load(const std::string& directory);

  // Adds or replaces a template (tests, and Load).
  Result<void> Add(std::string name, std::string_view text);
  bool Has(std::string_view name) const;

  // kNotFound for an unknown template or partial; kInvalidArgument for partials nested too deep.
  Result<std::string> Render(std::string_view name, const nlohmann::json& context) const;

 private:
  std::map<std::string, Template, std::less<>> templates_;
};

}  // namespace gongkai::web
