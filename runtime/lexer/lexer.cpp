// The tokenizer: one pass over validated UTF-8 producing the whole token vector.
// Kept apart from the parser so the parser sees only layout-free tokens plus
// NEWLINE/INDENT/DEDENT. Invariant: every read goes through `peek()` or is guarded
// by `at_end()`, so malformed input can only end in a CompileError.
#include "lexer/lexer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_map>

namespace stk {
namespace {

struct OperatorEntry {
  std::string_view spelling;
  TokenKind kind;
};

// Operators indexed by first character, longest spelling first (maximal munch).
struct OperatorTable {
  std::array<std::vector<OperatorEntry>, 128> by_first;
  OperatorTable() {
#define TOKEN(name, spelling)
#define OPERATOR(name, spelling) \
  by_first[static_cast<unsigned char>(spelling[0])].push_back({spelling, TokenKind::name});
#include "lexer/tokens.def"
    for (auto& list : by_first) {
      std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.spelling.size() > b.spelling.size();
      });
    }
  }
};

const OperatorTable& operator_table() {
  static const OperatorTable table;
  return table;
}

const std::unordered_map<std::string_view, TokenKind>& keyword_table() {
  static const std::unordered_map<std::string_view, TokenKind> table = {
#define TOKEN(name, spelling)
#define KEYWORD(name, spelling) {spelling, TokenKind::name},
#include "lexer/tokens.def"
  };
  return table;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_binary_digit(char c) { return c == '0' || c == '1'; }
bool is_ascii_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Code-point ranges above ASCII that are not identifier characters: Latin-1
// symbols, punctuation, currency, arrows, math, box drawing, dingbats, CJK
// punctuation, compatibility forms, private use and emoji. Sorted by `lo`.
struct Range {
  char32_t lo, hi;
};
constexpr Range kNonIdentifier[] = {
    {0x80, 0xA9},       {0xAB, 0xB4},       {0xB6, 0xB6},       {0xB8, 0xB9},
    {0xBB, 0xBF},       {0xD7, 0xD7},       {0xF7, 0xF7},       {0x2000, 0x203E},
    {0x2041, 0x2053},   {0x2055, 0x206F},   {0x20A0, 0x20CF},   {0x2190, 0x245F},
    {0x2500, 0x2BFF},   {0x2E00, 0x2E7F},   {0x3000, 0x3004},   {0x3008, 0x3020},
    {0x3030, 0x3030},   {0xD800, 0xF8FF},   {0xFD3E, 0xFD3F},   {0xFE10, 0xFE1F},
    {0xFE30, 0xFE32},   {0xFE35, 0xFE4C},   {0xFE50, 0xFE6F},   {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F},   {0xFF1A, 0xFF20},   {0xFF3B, 0xFF3E},   {0xFF40, 0xFF40},
    {0xFF5B, 0xFF65},   {0xFFF0, 0xFFFF},   {0x1F000, 0x1FAFF}, {0xF0000, 0x10FFFF},
};

bool in_non_identifier_range(char32_t cp) {
  for (const Range& r : kNonIdentifier) {
    if (cp < r.lo) return false;
    if (cp <= r.hi) return true;
  }
  return false;
}

bool is_combining_mark(char32_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0xB7;
}

std::string hex_code_point(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// Length of a valid UTF-8 sequence starting at `s[pos]`, or 0 if invalid.
size_t utf8_sequence_length(std::string_view s, size_t pos) {
  auto byte = [&](size_t i) -> unsigned {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) : 0u;
  };
  unsigned b0 = byte(0);
  auto cont = [&](size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    unsigned b = byte(i);
    return pos + i < s.size() && b >= lo && b <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 >= 0xE1 && b0 <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Keywords that CPython 3.11 still accepts glued to a number (`1if x else y`).
bool starts_with_glued_keyword(std::string_view rest) {
  for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
    if (rest.substr(0, kw.size()) == kw) return true;
  }
  return false;
}

}  // namespace

std::string_view token_spelling(TokenKind kind) {
  static constexpr std::string_view kSpellings[] = {
#define TOKEN(name, spelling) spelling,
#include "lexer/tokens.def"
  };
  return kSpellings[static_cast<size_t>(kind)];
}

char32_t decode_utf8(std::string_view s, size_t& pos) {
  auto b = [&](size_t i) -> char32_t {
    return pos + i < s.size() ? static_cast<unsigned char>(s[pos + i]) & 0x3F : 0;
  };
  unsigned b0 = static_cast<unsigned char>(s[pos]);
  char32_t cp;
  if (b0 < 0x80) {
    cp = b0;
    pos += 1;
  } else if (b0 < 0xE0) {
    cp = ((b0 & 0x1F) << 6) | b(1);
    pos += 2;
  } else if (b0 < 0xF0) {
    cp = ((b0 & 0x0F) << 12) | (b(1) << 6) | b(2);
    pos += 3;
  } else {
    cp = ((b0 & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
    pos += 4;
  }
  pos = std::min(pos, s.size());
  return cp;
}

bool is_identifier_start(char32_t cp) {
  if (cp < 0x80) return is_ascii_name_start(static_cast<char>(cp));
  return !in_non_identifier_range(cp) && !is_combining_mark(cp);
}

bool is_identifier_continue(char32_t cp) {
  if (cp < 0x80) return is_ascii_name_start(static_cast<char>(cp)) || is_ascii_digit(static_cast<char>(cp));
  return !in_non_identifier_range(cp);
}

Lexer::Lexer(std::string_view source, Mode mode, SourceLocation origin)
    : src_(source), mode_(mode), origin_(origin) {
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") src_.remove_prefix(3);
  if (src_.find('\r') != std::string_view::npos) {
    // Universal newlines, as CPython reads source files: "\r\n" and "\r" become "\n".
    owned_.reserve(src_.size());
    for (size_t i = 0; i < src_.size(); ++i) {
      if (src_[i] == '\r') {
        owned_ += '\n';
        if (i + 1 < src_.size() && src_[i + 1] == '\n') ++i;
      } else {
        owned_ += src_[i];
      }
    }
    src_ = owned_;
  }
}

std::vector<Token> Lexer::tokenize() {
  tokens_.reserve(src_.size() / 4 + 4);
  try {
    validate_encoding();
    while (true) {
      if (at_line_start_ && mode_ == Mode::Module && brackets_.empty()) handle_indentation();
      if (at_end()) break;
      lex_token();
    }
    finish();
  } catch (const CompileError& e) {
    error_ = e;
    tokens_.push_back(Token{TokenKind::Error, {}, e.location()});
  }
  return std::move(tokens_);
}

void Lexer::validate_encoding() {
  for (size_t i = 0; i < src_.size();) {
    if (src_[i] == '\n') new_line_at(i + 1);
    if (src_[i] == '\0') syntax_error(loc_at(i), "source code cannot contain null bytes");
    size_t len = utf8_sequence_length(src_, i);
    if (len == 0) {
      char buf[80];
      std::snprintf(buf, sizeof buf, "invalid UTF-8 byte 0x%02x in source",
                    static_cast<unsigned char>(src_[i]));
      syntax_error(loc_at(i), buf);
    }
    i += len;
  }
  line_ = 1;
  line_start_ = 0;
  col_cache_pos_ = 0;
  col_cache_col_ = 1;
}

void Lexer::handle_indentation() {
  int col = 0;
  int alt = 0;
  while (!at_end()) {
    char c = peek();
    if (c == ' ') {
      ++col;
      ++alt;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++alt;
    } else if (c == '\f') {
      col = alt = 0;
    } else {
      break;
    }
    ++pos_;
  }
  if (at_end() || peek() == '#' || peek() == '\n') return;  // blank line: no layout tokens
  if (peek() == '\\' && peek(1) == '\n') return;           // continuation: decided later
  at_line_start_ = false;
  SourceLocation loc = loc_at(pos_);
  auto tab_error = [&] {
    fail("TabError", loc, "inconsistent use of tabs and spaces in indentation");
  };
  if (col == indents_.back()) {
    if (alt != alt_indents_.back()) tab_error();
  } else if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) > kMaxIndentDepth) {
      fail("IndentationError", loc, "too many levels of indentation");
    }
    if (alt <= alt_indents_.back()) tab_error();
    indents_.push_back(col);
    alt_indents_.push_back(alt);
    emit_at(TokenKind::Indent, loc);
  } else {
    while (indents_.size() > 1 && col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit_at(TokenKind::Dedent, loc);
    }
    if (col != indents_.back()) {
      fail("IndentationError", loc, "unindent does not match any outer indentation level");
    }
    if (alt != alt_indents_.back()) tab_error();
  }
}

void Lexer::lex_token() {
  while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) ++pos_;
  if (at_end()) return;
  size_t start = pos_;
  char c = peek();
  if (c == '#') {
    while (!at_end() && peek() != '\n') ++pos_;
    return;
  }
  if (c == '\n') {
    if (mode_ == Mode::Module && brackets_.empty()) {
      if (line_has_tokens_) emit_at(TokenKind::Newline, loc_at(pos_));
      line_has_tokens_ = false;
      at_line_start_ = true;
    }
    ++pos_;
    new_line_at(pos_);
    return;
  }
  if (c == '\\') {
    if (peek(1) == '\n') {
      pos_ += 2;
      new_line_at(pos_);
      if (at_end()) syntax_error(loc_at(start), "unexpected EOF while parsing");
      return;
    }
    if (pos_ + 1 >= src_.size()) syntax_error(loc_at(start), "unexpected EOF while parsing");
    syntax_error(loc_at(start + 1), "unexpected character after line continuation character");
  }
  if (is_ascii_digit(c) || (c == '.' && is_ascii_digit(peek(1)))) return lex_number(start);
  if (c == '\'' || c == '"') return lex_string(start, start);
  if (is_ascii_name_start(c) || static_cast<unsigned char>(c) >= 0x80) return lex_name(start);
  lex_operator(start);
}

void Lexer::lex_name(size_t start) {
  size_t p = pos_;
  char32_t first = decode_utf8(src_, p);
  if (!is_identifier_start(first)) {
    std::string message = "invalid character '";
    message += src_.substr(start, p - start);
    message += "' (" + hex_code_point(first) + ")";
    syntax_error(loc_at(start), message);
  }
  pos_ = p;
  while (!at_end()) {
    if (static_cast<unsigned char>(peek()) < 0x80) {
      char c = peek();
      if (!is_ascii_name_start(c) && !is_ascii_digit(c)) break;
      ++pos_;
      continue;
    }
    size_t q = pos_;
    if (!is_identifier_continue(decode_utf8(src_, q))) break;
    pos_ = q;
  }
  std::string_view text = src_.substr(start, pos_ - start);
  if ((peek() == '\'' || peek() == '"') && text.size() <= 2) {
    std::string lower;
    for (char ch : text) lower += static_cast<char>(ch | 0x20);
    static constexpr std::string_view kPrefixes[] = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    if (std::find(std::begin(kPrefixes), std::end(kPrefixes), lower) != std::end(kPrefixes)) {
      return lex_string(start, pos_);
    }
  }
  auto it = keyword_table().find(text);
  emit(it == keyword_table().end() ? TokenKind::Name : it->second, start, pos_);
}

void Lexer::lex_number(size_t start) {
  SourceLocation loc = loc_at(start);
  const char* what = "decimal";
  auto invalid = [&](size_t at) {
    syntax_error(loc_at(at), std::string("invalid ") + what + " literal");
  };
  // digit ('_'? digit)*; a '_' must sit between two digits.
  auto scan_digits = [&](bool (*is_digit)(char)) {
    int count = 0;
    while (true) {
      if (is_digit(peek())) {
        ++pos_;
        ++count;
      } else if (peek() == '_' && count > 0 && is_digit(peek(1))) {
        ++pos_;
      } else {
        break;
      }
    }
    if (peek() == '_') invalid(pos_);
    return count;
  };
  auto verify_end = [&] {
    if (at_end()) return;
    char c = peek();
    bool name_char = is_ascii_name_start(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    if (name_char && !starts_with_glued_keyword(src_.substr(pos_))) invalid(start);
  };

  char c1 = static_cast<char>(peek(1) | 0x20);
  if (peek() == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
    bool (*is_digit)(char) = c1 == 'x' ? is_hex_digit : c1 == 'o' ? is_octal_digit : is_binary_digit;
    what = c1 == 'x' ? "hexadecimal" : c1 == 'o' ? "octal" : "binary";
    pos_ += 2;
    if (peek() == '_') ++pos_;
    if (scan_digits(is_digit) == 0) {
      if (c1 != 'x' && is_ascii_digit(peek())) {
        syntax_error(loc_at(pos_), std::string("invalid digit '") + peek() + "' in " + what + " literal");
      }
      invalid(pos_);
    }
    if (c1 != 'x' && is_ascii_digit(peek())) {
      syntax_error(loc_at(pos_), std::string("invalid digit '") + peek() + "' in " + what + " literal");
    }
    verify_end();
    emit_at(TokenKind::Number, loc);
    tokens_.back().text = src_.substr(start, pos_ - start);
    return;
  }

  bool is_float = false;
  if (peek() != '.') scan_digits(is_ascii_digit);
  if (peek() == '.') {
    ++pos_;
    is_float = true;
    if (is_ascii_digit(peek())) scan_digits(is_ascii_digit);
  }
  char e = static_cast<char>(peek() | 0x20);
  if (e == 'e') {
    size_t digits_at = pos_ + 1;
    if (peek(1) == '+' || peek(1) == '-') ++digits_at;
    if (digits_at < src_.size() && is_ascii_digit(src_[digits_at])) {
      pos_ = digits_at;
      scan_digits(is_ascii_digit);
      is_float = true;
    } else if (!starts_with_glued_keyword(src_.substr(pos_))) {
      invalid(start);
    }
  }
  if ((peek() | 0x20) == 'j') {
    ++pos_;
    what = "imaginary";
    is_float = true;
  }
  std::string_view text = src_.substr(start, pos_ - start);
  if (!is_float && text.size() > 1 && text[0] == '0' &&
      text.find_first_not_of("0_") != std::string_view::npos) {
    syntax_error(loc, "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
  }
  verify_end();
  emit_at(TokenKind::Number, loc);
  tokens_.back().text = text;
}

void Lexer::lex_string(size_t start, size_t quote_pos) {
  SourceLocation loc = loc_at(start);
  char quote = src_[quote_pos];
  bool triple = quote_pos + 2 < src_.size() && src_[quote_pos + 1] == quote &&
                src_[quote_pos + 2] == quote;
  pos_ = quote_pos + (triple ? 3 : 1);
  auto unterminated = [&] {
    syntax_error(loc, std::string(triple ? "unterminated triple-quoted string literal"
                                         : "unterminated string literal") +
                          " (detected at line " + std::to_string(origin_.line + line_ - 1) + ")");
  };
  while (true) {
    if (at_end()) unterminated();
    char c = src_[pos_];
    if (c == '\\') {
      ++pos_;
      if (at_end()) unterminated();
      if (src_[pos_] == '\n') new_line_at(pos_ + 1);
      ++pos_;
    } else if (c == '\n') {
      if (!triple) unterminated();
      ++pos_;
      new_line_at(pos_);
    } else if (c == quote) {
      if (!triple) {
        ++pos_;
        break;
      }
      if (peek(1) == quote && peek(2) == quote) {
        pos_ += 3;
        break;
      }
      ++pos_;
    } else {
      ++pos_;
    }
  }
  emit_at(TokenKind::String, loc);
  tokens_.back().text = src_.substr(start, pos_ - start);
}

void Lexer::lex_operator(size_t start) {
  SourceLocation loc = loc_at(start);
  auto c = static_cast<unsigned char>(peek());
  if (c < 128) {
    for (const OperatorEntry& op : operator_table().by_first[c]) {
      if (src_.substr(pos_, op.spelling.size()) == op.spelling) {
        pos_ += op.spelling.size();
        if (op.kind == TokenKind::LParen || op.kind == TokenKind::LBracket ||
            op.kind == TokenKind::LBrace) {
          open_bracket(static_cast<char>(c), loc);
        } else if (op.kind == TokenKind::RParen || op.kind == TokenKind::RBracket ||
                   op.kind == TokenKind::RBrace) {
          close_bracket(static_cast<char>(c), loc);
        }
        emit(op.kind, start, pos_);
        return;
      }
    }
  }
  if (c < 0x20 || c == 0x7F) {
    syntax_error(loc, "invalid non-printable character " + hex_code_point(c));
  }
  syntax_error(loc, "invalid syntax");
}

void Lexer::open_bracket(char c, SourceLocation loc) {
  if (static_cast<int>(brackets_.size()) >= kMaxBracketDepth) {
    syntax_error(loc, "too many nested parentheses");
  }
  brackets_.push_back({c, loc});
}

void Lexer::close_bracket(char c, SourceLocation loc) {
  if (brackets_.empty()) syntax_error(loc, std::string("unmatched '") + c + "'");
  Bracket open = brackets_.back();
  char expected = open.open == '(' ? ')' : open.open == '[' ? ']' : '}';
  if (c != expected) {
    std::string message = std::string("closing parenthesis '") + c +
                          "' does not match opening parenthesis '" + open.open + "'";
    if (open.loc.line != loc.line) message += " on line " + std::to_string(open.loc.line);
    syntax_error(loc, message);
  }
  brackets_.pop_back();
}

void Lexer::finish() {
  if (!brackets_.empty()) {
    syntax_error(brackets_.back().loc, std::string("'") + brackets_.back().open + "' was never closed");
  }
  SourceLocation end = loc_at(pos_);
  if (mode_ == Mode::Module) {
    if (line_has_tokens_) emit_at(TokenKind::Newline, end);
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit_at(TokenKind::Dedent, end);
    }
  }
  emit_at(TokenKind::EndOfFile, end);
}

void Lexer::emit(TokenKind kind, size_t start, size_t end) {
  emit_at(kind, loc_at(start));
  tokens_.back().text = src_.substr(start, end - start);
}

void Lexer::emit_at(TokenKind kind, SourceLocation loc) {
  tokens_.push_back(Token{kind, {}, loc});
  if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) {
    line_has_tokens_ = true;
  }
}

void Lexer::new_line_at(size_t next_line_start) {
  ++line_;
  line_start_ = next_line_start;
  col_cache_pos_ = next_line_start;
  col_cache_col_ = 1;
}

SourceLocation Lexer::loc_at(size_t pos) {
  // Token starts are monotonic, so counting forward from the cached position keeps
  // column computation linear even on very long lines.
  if (pos < col_cache_pos_ || col_cache_pos_ < line_start_) {
    col_cache_pos_ = line_start_;
    col_cache_col_ = 1;
  }
  size_t limit = std::min(pos, src_.size());
  for (size_t i = col_cache_pos_; i < limit; ++i) {
    if ((static_cast<unsigned char>(src_[i]) & 0xC0) != 0x80) ++col_cache_col_;
  }
  col_cache_pos_ = std::max(col_cache_pos_, limit);
  int column = col_cache_col_;
  if (line_ == 1) column += origin_.column - 1;
  return SourceLocation{origin_.line + line_ - 1, column};
}

void Lexer::fail(std::string kind, SourceLocation loc, std::string message) {
  throw CompileError(std::move(kind), loc, std::move(message));
}

void Lexer::syntax_error(SourceLocation loc, std::string message) {
  fail("SyntaxError", loc, std::move(message));
}

}  // namespace stk
