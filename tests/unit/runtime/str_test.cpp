// str unit tests: code-point length and the ASCII flag, interning, indexing and
// slicing of non-ASCII text, CPython's repr quoting and escapes, and ordering.
#include <catch2/catch.hpp>

#include <string>

#include "objects/str.hpp"
#include "vm/runtime.hpp"

using namespace stk;

namespace {

std::string text_of(Value v) { return std::string(sv(v.as<Str>())); }

std::string srepr(Runtime& rt, const char* s) {
  std::string out;
  str_repr_into(rt.new_str(s), out);
  return out;
}

}  // namespace

TEST_CASE("new_str counts code points and flags ASCII", "[str]") {
  Runtime rt;
  Str* a = rt.new_str("hello");
  CHECK(a->length == 5);
  CHECK(a->is_ascii());
  Str* u = rt.new_str("h\xC3\xA9llo \xF0\x9F\x98\x80");
  CHECK(u->length == 7);
  CHECK(!u->is_ascii());
}

TEST_CASE("interned strings are unique and keyed by their own bytes", "[str]") {
  Runtime rt;
  std::string name = "some_identifier";
  Str* a = rt.intern(name);
  name[0] = 'X';
  Str* b = rt.intern("some_identifier");
  CHECK(a == b);
  CHECK((a->flags & Str::kInterned) != 0);
  CHECK(str_equal(a, rt.new_str("some_identifier")));
  CHECK(str_hash(a) == str_hash(rt.new_str("some_identifier")));
}

TEST_CASE("indexing and slicing count code points", "[str]") {
  Runtime rt;
  Str* s = rt.new_str("h\xC3\xA9llo");
  CHECK(text_of(str_getitem_index(rt, s, 1)) == "\xC3\xA9");
  CHECK(text_of(str_getitem_index(rt, s, -1)) == "o");
  CHECK(!str_getitem_index(rt, s, 5));
  rt.pending_exc = Value();
  CHECK(text_of(str_slice(rt, s, 4, -1, -1)) == "oll\xC3\xA9h");
  CHECK(text_of(str_slice(rt, s, 1, 3, 1)) == "\xC3\xA9l");
  CHECK(text_of(str_slice(rt, s, 0, 5, 2)) == "hlo");
  CHECK(text_of(str_slice(rt, rt.new_str("abcdef"), 1, 5, 2)) == "bd");
}

TEST_CASE("repr picks quotes and escapes like CPython", "[str]") {
  Runtime rt;
  CHECK(srepr(rt, "a\nb") == "'a\\nb'");
  CHECK(srepr(rt, "it's") == "\"it's\"");
  CHECK(srepr(rt, "a'\"b") == "'a\\'\"b'");
  CHECK(srepr(rt, "\\") == "'\\\\'");
  CHECK(srepr(rt, "\x01\x7f") == "'\\x01\\x7f'");
  CHECK(srepr(rt, "\xC3\xA9") == "'\xC3\xA9'");         // printable: kept
  CHECK(srepr(rt, "\xC2\xA0") == "'\\xa0'");            // no-break space
  CHECK(srepr(rt, "\xE2\x80\xA8") == "'\\u2028'");      // line separator
}

TEST_CASE("strings order by code point and concatenate/repeat", "[str]") {
  Runtime rt;
  CHECK(str_compare(rt.new_str("abc"), rt.new_str("abd")) < 0);
  CHECK(str_compare(rt.new_str("b"), rt.new_str("abc")) > 0);
  CHECK(str_compare(rt.new_str("\xC3\xA9"), rt.new_str("z")) > 0);
  CHECK(str_compare(rt.new_str("ab"), rt.new_str("ab")) == 0);
  Value c = str_concat(rt, rt.new_str("h\xC3\xA9"), rt.new_str("!"));
  CHECK(c.as<Str>()->length == 3);
  Value r = str_repeat(rt, rt.new_str("ab"), 3);
  CHECK(text_of(r) == "ababab");
  CHECK(text_of(str_repeat(rt, rt.new_str("ab"), -1)).empty());
}
