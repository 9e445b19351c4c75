// Lexer unit tests: layout tokens, numbers, strings, positions and every error the
// tokenizer reports. Tokens are compared as short strings ("name:x", "=",
// "newline") so a failure shows the whole stream.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lexer/lexer.hpp"

using stk::CompileError;
using stk::Lexer;
using stk::Token;
using stk::TokenKind;

namespace {

std::string describe(const Token& t) {
  std::string s(stk::token_spelling(t.kind));
  if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String) {
    s += ":" + std::string(t.text);
  }
  return s;
}

std::vector<std::string> lex(std::string_view source) {
  Lexer lexer(source);
  std::vector<std::string> out;
  for (const Token& t : lexer.tokenize()) {
    if (t.kind == TokenKind::Error) throw *lexer.error();
    out.push_back(describe(t));
  }
  return out;
}

using V = std::vector<std::string>;

// Lexes `source` expecting an error; returns "Kind: message @line:col".
std::string lex_error(std::string_view source) {
  Lexer lexer(source);
  auto tokens = lexer.tokenize();
  if (!lexer.error()) return "no error";
  const CompileError& e = *lexer.error();
  return e.kind() + ": " + e.message() + " @" + std::to_string(e.location().line) + ":" +
         std::to_string(e.location().column);
}

}  // namespace

TEST_CASE("simple statements end with NEWLINE and the stream with EOF", "[lexer]") {
  CHECK(lex("x = 1\n") == V{"name:x", "=", "number:1", "newline", "end of file"});
  CHECK(lex("x = 1") == V{"name:x", "=", "number:1", "newline", "end of file"});
  CHECK(lex("") == V{"end of file"});
  CHECK(lex("\n\n  # only a comment\n") == V{"end of file"});
}

TEST_CASE("indentation produces INDENT and one DEDENT per closed level", "[lexer]") {
  CHECK(lex("if a:\n  if b:\n    c\nd\n") ==
        V{"if", "name:a", ":", "newline", "indent", "if", "name:b", ":", "newline", "indent",
          "name:c", "newline", "dedent", "dedent", "name:d", "newline", "end of file"});
  CHECK(lex("if a:\n  b") ==
        V{"if", "name:a", ":", "newline", "indent", "name:b", "newline", "dedent", "end of file"});
}

TEST_CASE("blank and comment-only lines do not affect indentation", "[lexer]") {
  CHECK(lex("if a:\n\n    # c\n  \n    b\n") ==
        V{"if", "name:a", ":", "newline", "indent", "name:b", "newline", "dedent", "end of file"});
}

TEST_CASE("tab indentation nests and dedents like spaces", "[lexer]") {
  CHECK(lex("if a:\n\tif b:\n\t\tc\n\td\n") ==
        V{"if", "name:a", ":", "newline", "indent", "if", "name:b", ":", "newline", "indent",
          "name:c", "newline", "dedent", "name:d", "newline", "dedent", "end of file"});
}

TEST_CASE("brackets and backslashes join lines", "[lexer]") {
  CHECK(lex("x = (1,\n  2)\n") ==
        V{"name:x", "=", "(", "number:1", ",", "number:2", ")", "newline", "end of file"});
  CHECK(lex("x = 1 + \\\n  2\n") ==
        V{"name:x", "=", "number:1", "+", "number:2", "newline", "end of file"});
}

TEST_CASE("operators are lexed by maximal munch", "[lexer]") {
  CHECK(lex("a **= b // c ... -> := != <<= >>") ==
        V{"name:a", "**=", "name:b", "//", "name:c", "...", "->", ":=", "!=", "<<=", ">>",
          "newline", "end of file"});
}

TEST_CASE("keywords are recognised and soft keywords stay names", "[lexer]") {
  CHECK(lex("if not None match case type _") ==
        V{"if", "not", "None", "name:match", "name:case", "name:type", "name:_", "newline",
          "end of file"});
}

TEST_CASE("numbers in every base, with underscores, floats and imaginaries", "[lexer]") {
  CHECK(lex("0x_ff 0o17 0B1_0 1_000 3.14 1. .5 1e10 1_0.0_1e-1_0 2j 00 0.0") ==
        V{"number:0x_ff", "number:0o17", "number:0B1_0", "number:1_000", "number:3.14",
          "number:1.", "number:.5", "number:1e10", "number:1_0.0_1e-1_0", "number:2j",
          "number:00", "number:0.0", "newline", "end of file"});
}

TEST_CASE("malformed numbers are reported with CPython's wording", "[lexer]") {
  CHECK(lex_error("1abc") == "SyntaxError: invalid decimal literal @1:1");
  CHECK(lex_error("1_") == "SyntaxError: invalid decimal literal @1:2");
  CHECK(lex_error("0x") == "SyntaxError: invalid hexadecimal literal @1:3");
  CHECK(lex_error("0o8") == "SyntaxError: invalid digit '8' in octal literal @1:3");
  CHECK(lex_error("0b2") == "SyntaxError: invalid digit '2' in binary literal @1:3");
  CHECK(lex_error("09") ==
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        "prefix for octal integers @1:1");
  CHECK(lex_error("x = 12jx") == "SyntaxError: invalid imaginary literal @1:5");
}

TEST_CASE("string literals keep prefix and quotes in the token text", "[lexer]") {
  CHECK(lex("'a' \"b\" rb'c' F\"d\" u'e' '''f\ng''' \"h\\\ni\"") ==
        V{"string:'a'", "string:\"b\"", "string:rb'c'", "string:F\"d\"", "string:u'e'",
          "string:'''f\ng'''", "string:\"h\\\ni\"", "newline", "end of file"});
  CHECK(lex("br = 1") == V{"name:br", "=", "number:1", "newline", "end of file"});
}

TEST_CASE("unterminated strings report the line where the lexer gave up", "[lexer]") {
  CHECK(lex_error("x = 'abc\n") ==
        "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  CHECK(lex_error("x = '''abc\n\n") ==
        "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1:5");
  CHECK(lex_error("x = 'abc\\") ==
        "SyntaxError: unterminated string literal (detected at line 1) @1:5");
}

TEST_CASE("bracket errors name the bracket", "[lexer]") {
  CHECK(lex_error("x = (1,\n2") == "SyntaxError: '(' was never closed @1:5");
  CHECK(lex_error("[1)") ==
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' @1:3");
  CHECK(lex_error(")") == "SyntaxError: unmatched ')' @1:1");
  CHECK(lex_error(std::string(201, '(')) == "SyntaxError: too many nested parentheses @1:201");
}

TEST_CASE("indentation errors use IndentationError and TabError", "[lexer]") {
  CHECK(lex_error("if x:\n    a\n  b\n") ==
        "IndentationError: unindent does not match any outer indentation level @3:3");
  CHECK(lex_error("if x:\n        a\n\tb\n") ==
        "TabError: inconsistent use of tabs and spaces in indentation @3:2");
  std::string deep;
  for (int i = 0; i < 102; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  CHECK(lex_error(deep).rfind("IndentationError: too many levels of indentation", 0) == 0);
}

TEST_CASE("invalid characters, NUL bytes and bad UTF-8 are syntax errors", "[lexer]") {
  CHECK(lex_error("x = \xE2\x82\xAC") == "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC) @1:5");
  CHECK(lex_error("a $ b") == "SyntaxError: invalid syntax @1:3");
  CHECK(lex_error("x = 1\x01") == "SyntaxError: invalid non-printable character U+0001 @1:6");
  CHECK(lex_error(std::string("x\0", 2)) == "SyntaxError: source code cannot contain null bytes @1:2");
  CHECK(lex_error("x = '\xff'") == "SyntaxError: invalid UTF-8 byte 0xff in source @1:6");
  CHECK(lex_error("1 \\ 2") ==
        "SyntaxError: unexpected character after line continuation character @1:4");
}

TEST_CASE("Unicode identifiers are names and columns count code points", "[lexer]") {
  Lexer lexer("\xC3\xA9t\xC3\xA9 = \"\xE2\x82\xAC\" + x\n");
  auto tokens = lexer.tokenize();
  REQUIRE(tokens.size() >= 5);
  CHECK(tokens[0].kind == TokenKind::Name);
  CHECK(tokens[0].text == "\xC3\xA9t\xC3\xA9");
  CHECK(tokens[1].loc.column == 5);
  CHECK(tokens[3].loc.column == 11);
  CHECK(tokens[4].loc.column == 13);
}

TEST_CASE("CRLF line endings and a BOM are accepted", "[lexer]") {
  CHECK(lex("\xEF\xBB\xBFif a:\r\n  b\r\n") ==
        V{"if", "name:a", ":", "newline", "indent", "name:b", "newline", "dedent", "end of file"});
}

TEST_CASE("fragments ignore newlines and start at their origin", "[lexer]") {
  Lexer lexer("a +\n b", Lexer::Mode::Fragment, {3, 10});
  auto tokens = lexer.tokenize();
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].loc.line == 3);
  CHECK(tokens[0].loc.column == 10);
  CHECK(tokens[2].loc.line == 4);
  CHECK(tokens[2].loc.column == 2);
  CHECK(tokens[3].kind == TokenKind::EndOfFile);
}
