// format-spec mini-language unit tests: format(value, spec) for ints (small, big),
// floats and str against a table whose expectations were printed by CPython 3.11
// (/usr/bin/python3), including the exact error texts; plus double_to_string's
// repr and '#' forms that `%` shares.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "objects/format.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "vm/runtime.hpp"

using namespace stk;

namespace {

enum class Kind { Int, Float, Str };

struct Row {
  Kind kind;
  const char* value;     // decimal text (ints, floats) or the str itself
  const char* spec;
  const char* expected;  // "!Type: message" when CPython raises
};

// Generated with /usr/bin/python3: format(value, spec), or the exception.
const Row kRows[] = {
    {Kind::Int, "0", "d", "0"},
    {Kind::Int, "42", "+", "+42"},
    {Kind::Int, "-42", "08", "-0000042"},
    {Kind::Int, "255", "#x", "0xff"},
    {Kind::Int, "255", "#X", "0XFF"},
    {Kind::Int, "255", "#010b", "0b11111111"},
    {Kind::Int, "1234567", ",", "1,234,567"},
    {Kind::Int, "1234567", "_", "1_234_567"},
    {Kind::Int, "-1234567", "015,", "-00,001,234,567"},
    {Kind::Int, "255", "_b", "1111_1111"},
    {Kind::Int, "65", "c", "A"},
    {Kind::Int, "5", "*^9", "****5****"},
    {Kind::Int, "5", "=+6", "+    5"},
    {Kind::Int, "5", ".2f", "5.00"},
    {Kind::Int, "5", "e", "5.000000e+00"},
    {Kind::Int, "1000000000000000000000000000000", ",", "1,000,000,000,000,000,000,000,000,000,000"},
    {Kind::Int, "-10000000000000000000000000", "x", "-84595161401484a000000"},
    {Kind::Int, "1267650600228229401496703205376", "_o", "20_0000_0000_0000_0000_0000_0000_0000_0000"},
    {Kind::Int, "18446744073709551616", "#X", "0X10000000000000000"},
    {Kind::Int, "7", "n", "7"},
    {Kind::Int, "5", ".2", "!ValueError: Precision not allowed in integer format specifier"},
    {Kind::Int, "5", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {Kind::Int, "5", ",x", "!ValueError: Cannot specify ',' with 'x'."},
    {Kind::Int, "5", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"},
    {Kind::Int, "5", "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {Kind::Int, "-1", "c", "!OverflowError: %c arg not in range(0x110000)"},
    {Kind::Int, "3", "%", "300.000000%"},
    {Kind::Float, "1.0", "", "1.0"},
    {Kind::Float, "1.0", ".0", "1e+00"},
    {Kind::Float, "0.1", ".3", "0.1"},
    {Kind::Float, "1e+16", ".3", "1e+16"},
    {Kind::Float, "1e+16", "", "1e+16"},
    {Kind::Float, "123.456", ".2f", "123.46"},
    {Kind::Float, "2.5", ".0f", "2"},
    {Kind::Float, "0.125", ".2f", "0.12"},
    {Kind::Float, "0.375", ".2f", "0.38"},
    {Kind::Float, "1234.5", ",.1f", "1,234.5"},
    {Kind::Float, "1234.5", "_.3e", "1.234e+03"},
    {Kind::Float, "-0.0", "", "-0.0"},
    {Kind::Float, "-0.0", "z.1f", "0.0"},
    {Kind::Float, "-0.0001", "z.2f", "0.00"},
    {Kind::Float, "0.0001", "g", "0.0001"},
    {Kind::Float, "123456789.0", "g", "1.23457e+08"},
    {Kind::Float, "1e-05", "", "1e-05"},
    {Kind::Float, "1.5", "#.0f", "2."},
    {Kind::Float, "1.0", "#g", "1.00000"},
    {Kind::Float, "100.0", "#.3", "1.00e+02"},
    {Kind::Float, "0.25", "%", "25.000000%"},
    {Kind::Float, "0.25", ".1%", "25.0%"},
    {Kind::Float, "inf", "010", "0000000inf"},
    {Kind::Float, "-inf", "F", "-INF"},
    {Kind::Float, "nan", "+", "+nan"},
    {Kind::Float, "3.14159", "=+12.3f", "+      3.142"},
    {Kind::Float, "5e-324", "", "5e-324"},
    {Kind::Float, "1.7976931348623157e+308", ".3e", "1.798e+308"},
    {Kind::Float, "1.5", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {Kind::Float, "1.5", ".", "!ValueError: Format specifier missing precision"},
    {Kind::Float, "2.675", ".2f", "2.67"},
    {Kind::Float, "1.005", ".2f", "1.00"},
    {Kind::Float, "9.995", ".2f", "9.99"},
    {Kind::Float, "1e+22", "f", "10000000000000000000000.000000"},
    {Kind::Float, "0.1", ".25f", "0.1000000000000000055511151"},
    {Kind::Float, "123.456", "012,.1f", "00,000,123.5"},
    {Kind::Str, "abc", "", "abc"},
    {Kind::Str, "abc", ">6", "   abc"},
    {Kind::Str, "abc", "^7", "  abc  "},
    {Kind::Str, "abc", "*<5", "abc**"},
    {Kind::Str, "h\xc3""\xa9""llo", ".2", "h\xc3""\xa9"""},
    {Kind::Str, "h\xc3""\xa9""llo", "\xc3""\xa9""^9", "\xc3""\xa9""\xc3""\xa9""h\xc3""\xa9""llo\xc3""\xa9""\xc3""\xa9"""},
    {Kind::Str, "ab", "05", "ab000"},
    {Kind::Str, "a", "+", "!ValueError: Sign not allowed in string format specifier"},
    {Kind::Str, "a", " ", "!ValueError: Space not allowed in string format specifier"},
    {Kind::Str, "a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"},
    {Kind::Str, "a", "=", "!ValueError: '=' alignment not allowed in string format specifier"},
    {Kind::Str, "a", ",s", "!ValueError: Cannot specify ',' with 's'."},
    {Kind::Str, "a", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {Kind::Str, "a", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"},
};

Value make_value(Runtime& rt, const Row& r) {
  switch (r.kind) {
    case Kind::Int: return int_from_str(rt, rt.new_str(r.value), 10);
    case Kind::Float: return rt.new_float(std::strtod(r.value, nullptr));
    case Kind::Str: return Value::object(rt.new_str(r.value));
  }
  return Value();
}

// What format() produced, or "!Type: message" for the pending exception.
std::string outcome(Runtime& rt, Value v, const char* spec) {
  std::string out;
  if (format_value_into(rt, v, spec, out)) return out;
  REQUIRE(rt.pending_exc);
  std::string msg = "!" + std::string(sv(rt.pending_exc.obj()->type->name)) + ": ";
  REQUIRE(ops::str_into(rt, rt.pending_exc, msg));
  rt.pending_exc = Value();
  return msg;
}

std::string dts(double d, char type, int precision, unsigned flags) {
  std::string out;
  double_to_string(d, type, precision, flags, out);
  return out;
}

}  // namespace

TEST_CASE("format() matches CPython for ints, floats and str", "[format]") {
  Runtime rt;
  for (const Row& r : kRows) {
    Value v = make_value(rt, r);
    REQUIRE(v);
    INFO("format(" << r.value << ", '" << r.spec << "')");
    CHECK(outcome(rt, v, r.spec) == r.expected);
  }
}

TEST_CASE("bool formats as 'True' with an empty spec and as an int otherwise", "[format]") {
  Runtime rt;
  CHECK(outcome(rt, rt.True(), "") == "True");
  CHECK(outcome(rt, rt.True(), ">6") == "     1");
  CHECK(outcome(rt, rt.False(), "d") == "0");
  CHECK(outcome(rt, rt.True(), "s") == "!ValueError: Unknown format code 's' for object of type 'bool'");
}

TEST_CASE("other objects accept only an empty spec", "[format]") {
  Runtime rt;
  CHECK(outcome(rt, rt.None(), "") == "None");
  CHECK(outcome(rt, rt.None(), ">5") ==
        "!TypeError: unsupported format string passed to NoneType.__format__");
}

TEST_CASE("double_to_string follows PyOS_double_to_string", "[format]") {
  CHECK(dts(1.0, 'r', 0, kDtsAddDot0) == "1.0");
  CHECK(dts(1e16, 'r', 0, kDtsAddDot0) == "1e+16");
  CHECK(dts(1e20, 'r', 0, kDtsAddDot0 | kDtsAlt) == "1.e+20");
  CHECK(dts(0.5, 'f', 0, 0) == "0");
  CHECK(dts(1.5, 'f', 0, 0) == "2");
  CHECK(dts(1.0, 'e', 0, kDtsAlt) == "1.e+00");
  CHECK(dts(0.0001, 'g', 3, kDtsAlt) == "0.000100");
  CHECK(dts(1e-300, 'E', 2, 0) == "1.00E-300");
  CHECK(dts(-0.0, 'g', 6, 0) == "-0");
  CHECK(dts(-0.0, 'g', 6, kDtsNoNeg0) == "0");
  CHECK(dts(-1e300 * 1e300, 'F', 6, 0) == "-INF");
}
