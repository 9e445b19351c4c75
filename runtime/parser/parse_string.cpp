// String literals: prefixes, escape decoding, implicit concatenation of adjacent
// literals, and f-strings (3.11 rules: fields may not contain backslashes or '#';
// each field's expression is lexed and parsed again as a fragment at its real
// source location). Kept apart from parse_expr.cpp because it is a grammar of its own.
#include <string>

#include "parser/parser_impl.hpp"
#include "support/utf8.hpp"
#include "parser/unsupported.hpp"

namespace stk::detail {

using namespace ast;

namespace {

constexpr int kMaxFStringNesting = 2;  // f"{x:{y}}" is as deep as CPython 3.11 allows
constexpr size_t kMaxFieldParens = 200;

[[noreturn]] void string_error(SourceLocation loc, std::string message) {
  throw CompileError("SyntaxError", loc, std::move(message));
}


int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the escape starting at the backslash `body[i]` and advances `i`.
void decode_escape(std::string_view body, size_t& i, bool is_bytes, std::string& out,
                   SourceLocation loc) {
  if (i + 1 >= body.size()) {
    out += '\\';
    ++i;
    return;
  }
  char c = body[i + 1];
  auto simple = [&](char value) {
    out += value;
    i += 2;
  };
  auto hex_escape = [&](int digits) {
    char32_t value = 0;
    for (int k = 0; k < digits; ++k) {
      size_t at = i + 2 + static_cast<size_t>(k);
      int h = at < body.size() ? hex_value(body[at]) : -1;
      if (h < 0) {
        if (is_bytes) string_error(loc, "(value error) invalid \\x escape");
        string_error(loc, std::string("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                      "truncated \\") + c + std::string(static_cast<size_t>(digits), 'X') +
                              " escape");
      }
      value = value * 16 + static_cast<char32_t>(h);
    }
    i += 2 + static_cast<size_t>(digits);
    return value;
  };
  switch (c) {
    case '\n': i += 2; return;
    case '\\': case '\'': case '"': simple(c); return;
    case 'a': simple('\a'); return;
    case 'b': simple('\b'); return;
    case 'f': simple('\f'); return;
    case 'n': simple('\n'); return;
    case 'r': simple('\r'); return;
    case 't': simple('\t'); return;
    case 'v': simple('\v'); return;
    case 'x': {
      char32_t value = hex_escape(2);
      if (is_bytes) {
        out += static_cast<char>(value);
      } else {
        append_utf8(out, value);
      }
      return;
    }
    default: break;
  }
  if (c >= '0' && c <= '7') {
    char32_t value = 0;
    size_t k = i + 1;
    for (int n = 0; n < 3 && k < body.size() && body[k] >= '0' && body[k] <= '7'; ++n, ++k) {
      value = value * 8 + static_cast<char32_t>(body[k] - '0');
    }
    i = k;
    if (is_bytes) {
      out += static_cast<char>(value & 0xFF);
    } else {
      append_utf8(out, value);
    }
    return;
  }
  if (!is_bytes && (c == 'u' || c == 'U')) {
    char32_t value = hex_escape(c == 'u' ? 4 : 8);
    if (value > 0x10FFFF) {
      string_error(loc, "(unicode error) 'unicodeescape' codec can't decode bytes: "
                        "illegal Unicode character");
    }
    append_utf8(out, value);
    return;
  }
  if (!is_bytes && c == 'N') reject_unsupported(Unsupported::NamedUnicodeEscape, loc);
  out += '\\';  // unknown escape: the backslash stays, the next character is read normally
  ++i;
}

// Tracks the source location of an offset inside one string token, moving forward.
struct Cursor {
  std::string_view text;
  size_t offset = 0;
  SourceLocation loc;
  SourceLocation start;

  SourceLocation at(size_t target) {
    if (target < offset) {
      offset = 0;
      loc = start;
    }
    for (; offset < target && offset < text.size(); ++offset) {
      char c = text[offset];
      if (c == '\n') {
        ++loc.line;
        loc.column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++loc.column;
      }
    }
    return loc;
  }
};

// Literal text collected so far plus the values already emitted.
struct Pieces {
  std::string pending;
  SourceLocation pending_loc;
  std::vector<Expr*> values;

  void flush(Arena& arena) {
    if (pending.empty()) return;
    auto* c = arena.make<Constant>(pending_loc);
    c->const_kind = ConstKind::Str;
    c->str_value = std::move(pending);
    pending.clear();
    values.push_back(c);
  }
};

class StringBuilder {
 public:
  StringBuilder(Arena& arena, int depth) : arena_(arena), depth_(depth) {}

  void add(const Token& t);
  Expr* finish(SourceLocation loc);

 private:
  size_t parse_fstring(size_t i, int level, Pieces& out);
  size_t parse_field(size_t i, int level, Pieces& out);
  size_t find_field_end(size_t start);
  Expr* parse_field_expression(std::string_view text, SourceLocation loc);
  SourceLocation loc_of(size_t body_index) { return cursor_.at(body_offset_ + body_index); }

  Arena& arena_;
  int depth_;
  bool first_ = true;
  bool is_bytes_ = false;
  bool any_fstring_ = false;
  Pieces pieces_;
  // The literal being read.
  std::string_view body_;
  size_t body_offset_ = 0;
  bool raw_ = false;
  Cursor cursor_;
};

void StringBuilder::add(const Token& t) {
  size_t i = 0;
  bool is_bytes = false;
  bool is_f = false;
  raw_ = false;
  while (i < t.text.size() && t.text[i] != '\'' && t.text[i] != '"') {
    char c = static_cast<char>(t.text[i] | 0x20);
    raw_ = raw_ || c == 'r';
    is_bytes = is_bytes || c == 'b';
    is_f = is_f || c == 'f';
    ++i;
  }
  if (!first_ && is_bytes != is_bytes_) string_error(t.loc, "cannot mix bytes and nonbytes literals");
  if (first_) pieces_.pending_loc = t.loc;
  first_ = false;
  is_bytes_ = is_bytes;
  char quote = t.text[i];
  size_t quote_len = t.text.substr(i, 3) == std::string(3, quote) && t.text.size() >= i + 6 ? 3 : 1;
  body_offset_ = i + quote_len;
  body_ = t.text.substr(body_offset_, t.text.size() - body_offset_ - quote_len);
  cursor_ = Cursor{t.text, 0, t.loc, t.loc};

  if (is_f) {
    any_fstring_ = true;
    parse_fstring(0, 0, pieces_);
    return;
  }
  for (size_t k = 0; k < body_.size();) {
    char c = body_[k];
    if (is_bytes && (static_cast<unsigned char>(c) & 0x80)) {
      string_error(t.loc, "bytes can only contain ASCII literal characters");
    }
    if (c == '\\' && !raw_) {
      decode_escape(body_, k, is_bytes, pieces_.pending, t.loc);
    } else {
      pieces_.pending += c;
      ++k;
    }
  }
}

Expr* StringBuilder::finish(SourceLocation loc) {
  if (!any_fstring_) {
    auto* c = arena_.make<Constant>(loc);
    c->const_kind = is_bytes_ ? ConstKind::Bytes : ConstKind::Str;
    c->str_value = std::move(pieces_.pending);
    return c;
  }
  pieces_.flush(arena_);
  auto* j = arena_.make<JoinedStr>(loc);
  j->values = std::move(pieces_.values);
  return j;
}

// Reads f-string text from `body_[i]`: to the end at level 0, or to the '}' that
// closes a format spec at deeper levels (returned index points at that '}').
size_t StringBuilder::parse_fstring(size_t i, int level, Pieces& out) {
  while (i < body_.size()) {
    char c = body_[i];
    if (c == '\\' && !raw_) {
      if (out.pending.empty()) out.pending_loc = loc_of(i);
      decode_escape(body_, i, false, out.pending, loc_of(i));
    } else if (c == '{') {
      if (level == 0 && i + 1 < body_.size() && body_[i + 1] == '{') {
        out.pending += '{';
        i += 2;
      } else {
        if (out.pending.empty()) out.pending_loc = loc_of(i);
        i = parse_field(i, level, out);
      }
    } else if (c == '}') {
      if (level > 0) return i;
      if (i + 1 < body_.size() && body_[i + 1] == '}') {
        out.pending += '}';
        i += 2;
      } else {
        string_error(loc_of(i), "f-string: single '}' is not allowed");
      }
    } else {
      if (out.pending.empty()) out.pending_loc = loc_of(i);
      out.pending += c;
      ++i;
    }
  }
  if (level > 0) string_error(loc_of(i), "f-string: expecting '}'");
  return i;
}

// Finds where a field's expression ends: the first top-level '!', ':', '}' or '='
// that is not part of '!=', '==', '<=' or '>=' (CPython 3.11's fstring_find_expr).
size_t StringBuilder::find_field_end(size_t start) {
  std::string parens;
  char quote = 0;
  bool triple = false;
  size_t j = start;
  for (; j < body_.size(); ++j) {
    char ch = body_[j];
    if (ch == '\\') string_error(loc_of(j), "f-string expression part cannot include a backslash");
    if (quote) {
      if (ch != quote) continue;
      if (!triple) {
        quote = 0;
      } else if (j + 2 < body_.size() && body_[j + 1] == ch && body_[j + 2] == ch) {
        j += 2;
        quote = 0;
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      triple = j + 2 < body_.size() && body_[j + 1] == ch && body_[j + 2] == ch;
      if (triple) j += 2;
      quote = ch;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') {
      if (parens.size() >= kMaxFieldParens) string_error(loc_of(j), "f-string: too many nested parenthesis");
      parens += ch;
      continue;
    }
    if (ch == '#') string_error(loc_of(j), "f-string expression part cannot include '#'");
    if (parens.empty()) {
      bool two_char_op = (ch == '!' || ch == '=' || ch == '<' || ch == '>') &&
                         j + 1 < body_.size() && body_[j + 1] == '=';
      if (two_char_op) {
        ++j;
        continue;
      }
      if (ch == '!' || ch == ':' || ch == '}' || ch == '=') break;
    }
    if (ch == ')' || ch == ']' || ch == '}') {
      if (parens.empty()) string_error(loc_of(j), std::string("f-string: unmatched '") + ch + "'");
      char open = parens.back();
      parens.pop_back();
      char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (ch != expected) {
        string_error(loc_of(j), std::string("f-string: closing parenthesis '") + ch +
                                    "' does not match opening parenthesis '" + open + "'");
      }
    }
  }
  if (quote) string_error(loc_of(start), "f-string: unterminated string");
  if (!parens.empty()) string_error(loc_of(start), std::string("f-string: unmatched '") + parens.back() + "'");
  if (j >= body_.size()) string_error(loc_of(start), "f-string: expecting '}'");
  return j;
}

Expr* StringBuilder::parse_field_expression(std::string_view text, SourceLocation loc) {
  try {
    Parser parser(text, arena_, Lexer::Mode::Fragment, loc, depth_ + 1);
    return parser.parse_fstring_field();
  } catch (const CompileError& e) {
    if (e.kind() != "SyntaxError" || e.message().rfind("f-string", 0) == 0) throw;
    throw CompileError(e.kind(), e.location(), "f-string: " + e.message());
  }
}

// Parses the field starting at the '{' `body_[i]`; returns the index after its '}'.
size_t StringBuilder::parse_field(size_t i, int level, Pieces& out) {
  if (level >= kMaxFStringNesting) string_error(loc_of(i), "f-string: expressions nested too deeply");
  size_t start = i + 1;
  size_t j = find_field_end(start);
  std::string_view text = body_.substr(start, j - start);
  SourceLocation field_loc = loc_of(start);
  if (text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
    string_error(field_loc, "f-string: empty expression not allowed");
  }
  auto* fv = arena_.make<FormattedValue>(field_loc);
  fv->value = parse_field_expression(text, field_loc);

  std::string_view self_doc;
  if (body_[j] == '=') {
    ++j;
    while (j < body_.size() && (body_[j] == ' ' || body_[j] == '\t' || body_[j] == '\n')) ++j;
    self_doc = body_.substr(start, j - start);
  }
  if (j < body_.size() && body_[j] == '!') {
    ++j;
    if (j >= body_.size()) string_error(field_loc, "f-string: expecting '}'");
    char conv = body_[j];
    if (conv != 's' && conv != 'r' && conv != 'a') {
      string_error(loc_of(j), "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    fv->conversion = conv;
    ++j;
  }
  if (j < body_.size() && body_[j] == ':') {
    Pieces spec;
    spec.pending_loc = loc_of(j + 1);
    j = parse_fstring(j + 1, level + 1, spec);
    spec.flush(arena_);
    fv->format_spec = arena_.make<JoinedStr>(field_loc);
    fv->format_spec->values = std::move(spec.values);
  }
  if (j >= body_.size() || body_[j] != '}') string_error(field_loc, "f-string: expecting '}'");
  ++j;
  if (!self_doc.empty()) {
    out.pending += self_doc;
    if (fv->conversion == 0 && fv->format_spec == nullptr) fv->conversion = 'r';
  }
  out.flush(arena_);
  out.values.push_back(fv);
  return j;
}

}  // namespace

Expr* Parser::parse_strings() {
  SourceLocation loc = tok().loc;
  StringBuilder builder(arena_, depth_);
  while (at(TokenKind::String)) builder.add(advance());
  return builder.finish(loc);
}

Expr* Parser::parse_fstring_field() {
  Expr* e = at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
  if (e->kind == ExprKind::Starred) error(e->loc, "cannot use starred expression here");
  if (!at(TokenKind::EndOfFile)) invalid_syntax();
  return e;
}

}  // namespace stk::detail
