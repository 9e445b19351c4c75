// Source text -> token vector. The lexer validates UTF-8, turns indentation into
// INDENT/DEDENT through an indentation stack, joins lines inside brackets and after
// a backslash, and scans numbers and string literals whole (the parser decodes
// them; f-string fields are lexed again later as fragments). The first error throws
// CompileError; on any input the lexer terminates and stays inside its buffer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.hpp"

namespace stk {

// Deepest bracket nesting accepted, as CPython's tokenizer (MAXLEVEL).
inline constexpr int kMaxBracketDepth = 200;
// Deepest indentation accepted, as CPython's tokenizer (MAXINDENT).
inline constexpr int kMaxIndentDepth = 100;

class Lexer {
 public:
  enum class Mode {
    Module,    // a file: NEWLINE, INDENT and DEDENT are produced
    Fragment,  // an f-string field: newlines are plain whitespace, no layout tokens
  };

  // `origin` is where `source` starts in the enclosing file (fragments only).
  explicit Lexer(std::string_view source, Mode mode = Mode::Module,
                 SourceLocation origin = {1, 1});

  // Tokenizes everything; the last token is EndOfFile, or Error when the input is
  // malformed (then error() says why). Errors are deferred to a token so that the
  // parser reports whichever problem comes first in the source, as CPython does.
  // The tokens' text views point into this Lexer, which must outlive them.
  std::vector<Token> tokenize();

  // The error that ended tokenizing, or null.
  const CompileError* error() const { return error_ ? &*error_ : nullptr; }

 private:
  struct Bracket {
    char open;
    SourceLocation loc;
  };

  void validate_encoding();
  void handle_indentation();
  void lex_token();
  void lex_name(size_t start);
  void lex_number(size_t start);
  void lex_string(size_t start, size_t quote_pos);
  void lex_operator(size_t start);
  void open_bracket(char c, SourceLocation loc);
  void close_bracket(char c, SourceLocation loc);
  void finish();

  void emit(TokenKind kind, size_t start, size_t end);
  void emit_at(TokenKind kind, SourceLocation loc);
  void new_line_at(size_t next_line_start);
  SourceLocation loc_at(size_t pos);
  [[noreturn]] void fail(std::string kind, SourceLocation loc, std::string message);
  [[noreturn]] void syntax_error(SourceLocation loc, std::string message);

  char peek(size_t offset = 0) const {
    return pos_ + offset < src_.size() ? src_[pos_ + offset] : '\0';
  }
  bool at_end() const { return pos_ >= src_.size(); }

  std::string owned_;  // normalized copy when the source had '\r' or a BOM
  std::string_view src_;
  Mode mode_;
  SourceLocation origin_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  size_t col_cache_pos_ = 0;  // loc_at() counts forward from here on the current line
  int col_cache_col_ = 1;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  std::vector<int> indents_{0};      // columns, tabs to multiples of 8
  std::vector<int> alt_indents_{0};  // columns, tabs as 1: detects tab/space mixing
  std::vector<Bracket> brackets_;
  std::vector<Token> tokens_;
  std::optional<CompileError> error_;
};

// True when `cp` may start (or continue) a Python identifier. ASCII is exact; above
// ASCII this approximates Unicode XID_Start/XID_Continue by excluding symbol,
// punctuation and emoji blocks.
bool is_identifier_start(char32_t cp);
bool is_identifier_continue(char32_t cp);

// Decodes one code point of valid UTF-8 at `s[pos]`, advancing `pos`.
char32_t decode_utf8(std::string_view s, size_t& pos);

}  // namespace stk
