// Token kinds (generated from tokens.def) and the Token record the lexer hands to
// the parser. A token's `text` is a view into the lexer's source buffer, so tokens
// are valid only while their Lexer lives; the parser copies what the AST keeps.
#pragma once

#include <cstdint>
#include <string_view>

#include <stk/error.hpp>

namespace stk {

enum class TokenKind : std::uint8_t {
#define TOKEN(name, spelling) name,
#include "lexer/tokens.def"
};

// The spelling from tokens.def: "(" for LParen, "if" for KwIf, "name" for Name.
std::string_view token_spelling(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  std::string_view text;  // exact source text; empty for Newline/Indent/Dedent/EndOfFile
  SourceLocation loc;     // first code point of the token
};

}  // namespace stk
