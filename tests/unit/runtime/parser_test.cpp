// Parser unit tests: snippets compared as ast_dump s-expressions, error messages
// and locations, unsupported constructs, and the nesting limits that keep the
// recursive descent off the end of the C stack.
#include <catch2/catch.hpp>

#include <string>

#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

using stk::CompileError;

namespace {

std::string dump(std::string_view source) {
  stk::ast::Arena arena;
  return stk::dump_module(stk::parse_module(source, arena));
}

std::string dump_expr(std::string_view source) {
  stk::ast::Arena arena;
  return stk::dump_expr(stk::parse_expression(source, arena));
}

std::string dump_with_locations(std::string_view source) {
  stk::ast::Arena arena;
  return stk::dump_module(stk::parse_module(source, arena), {true});
}

// "Kind: message @line:col", or "no error".
std::string error_of(std::string_view source) {
  try {
    stk::ast::Arena arena;
    stk::parse_module(source, arena);
  } catch (const CompileError& e) {
    return e.kind() + ": " + e.message() + " @" + std::to_string(e.location().line) + ":" +
           std::to_string(e.location().column);
  }
  return "no error";
}

}  // namespace

TEST_CASE("binary operators follow CPython precedence and associativity", "[parser]") {
  CHECK(dump_expr("1 + 2 * 3") == "(BinOp Add (Int 1) (BinOp Mult (Int 2) (Int 3)))");
  CHECK(dump_expr("a - b - c") == "(BinOp Sub (BinOp Sub (Name a) (Name b)) (Name c))");
  CHECK(dump_expr("a | b ^ c & d << e + f") ==
        "(BinOp BitOr (Name a) (BinOp BitXor (Name b) (BinOp BitAnd (Name c) (BinOp LShift "
        "(Name d) (BinOp Add (Name e) (Name f))))))");
  CHECK(dump_expr("a @ b // c % d") ==
        "(BinOp Mod (BinOp FloorDiv (BinOp MatMult (Name a) (Name b)) (Name c)) (Name d))");
}

TEST_CASE("power is right associative and binds tighter than unary minus on its left",
          "[parser]") {
  CHECK(dump_expr("-2**2") == "(UnaryOp USub (BinOp Pow (Int 2) (Int 2)))");
  CHECK(dump_expr("2**-1") == "(BinOp Pow (Int 2) (UnaryOp USub (Int 1)))");
  CHECK(dump_expr("a**b**c") == "(BinOp Pow (Name a) (BinOp Pow (Name b) (Name c)))");
  CHECK(dump_expr("~+-x") == "(UnaryOp Invert (UnaryOp UAdd (UnaryOp USub (Name x))))");
}

TEST_CASE("boolean operators flatten and comparisons chain", "[parser]") {
  CHECK(dump_expr("a or b or c and d") ==
        "(BoolOp Or (Name a) (Name b) (BoolOp And (Name c) (Name d)))");
  CHECK(dump_expr("not a == b") == "(UnaryOp Not (Compare (Name a) Eq (Name b)))");
  CHECK(dump_expr("a < b <= c is not d not in e") ==
        "(Compare (Name a) Lt (Name b) LtE (Name c) IsNot (Name d) NotIn (Name e))");
}

TEST_CASE("conditional expressions and lambdas nest to the right", "[parser]") {
  CHECK(dump_expr("a if b else c if d else e") ==
        "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))");
  CHECK(dump_expr("lambda x, *y, z=1, **k: x") ==
        "(Lambda (arguments (args x) (vararg y) (kwonly z) (kw_defaults (Int 1)) (kwarg k)) "
        "(Name x))");
  CHECK(dump_expr("lambda: 0") == "(Lambda (arguments) (Int 0))");
}

TEST_CASE("primaries chain calls, attributes and subscripts", "[parser]") {
  CHECK(dump_expr("f(a, *b, c=1, **d)") ==
        "(Call (Name f) (Name a) (Starred (Name b)) (keyword c (Int 1)) (keyword ** (Name d)))");
  CHECK(dump_expr("a.b(c)[d]") ==
        "(Subscript (Call (Attribute (Name a) b) (Name c)) (Name d))");
  CHECK(dump_expr("x[1:2, ::3, ...]") ==
        "(Subscript (Name x) (Tuple (Slice (Int 1) (Int 2) _) (Slice _ _ (Int 3)) (Ellipsis)))");
  CHECK(dump_expr("f(x for x in y)") ==
        "(Call (Name f) (GeneratorExp (Name x) (for (Name x Store) (Name y))))");
}

TEST_CASE("displays and comprehensions", "[parser]") {
  CHECK(dump_expr("[1, *a, 2,]") == "(List (Int 1) (Starred (Name a)) (Int 2))");
  CHECK(dump_expr("(1,)") == "(Tuple (Int 1))");
  CHECK(dump_expr("()") == "(Tuple)");
  CHECK(dump_expr("(1)") == "(Int 1)");
  CHECK(dump_expr("{}") == "(Dict)");
  CHECK(dump_expr("{1: 2, **m}") == "(Dict ((Int 1) (Int 2)) (** (Name m)))");
  CHECK(dump_expr("{1, 2}") == "(Set (Int 1) (Int 2))");
  CHECK(dump_expr("[x for x in y if x for z in x]") ==
        "(ListComp (Name x) (for (Name x Store) (Name y) (if (Name x))) (for (Name z Store) "
        "(Name x)))");
  CHECK(dump_expr("{k: v for k, v in d}") ==
        "(DictComp (Name k) (Name v) (for (Tuple (Name k Store) (Name v Store) Store) (Name d)))");
  CHECK(dump_expr("{x for x in s}") == "(SetComp (Name x) (for (Name x Store) (Name s)))");
  CHECK(dump_expr("(y := 10)") == "(NamedExpr (Name y Store) (Int 10))");
}

TEST_CASE("number literals keep their digits and base", "[parser]") {
  CHECK(dump_expr("0x_FF") == "(Int 0xFF)");
  CHECK(dump_expr("0o17") == "(Int 0o17)");
  CHECK(dump_expr("1_000_000") == "(Int 1000000)");
  CHECK(dump_expr("000") == "(Int 0)");
  CHECK(dump_expr("1_0.5e1") == "(Float 105)");
  CHECK(dump_expr("2j") == "(Imaginary 2)");
  CHECK(dump_expr("123456789012345678901234567890") == "(Int 123456789012345678901234567890)");
}

TEST_CASE("string literals decode escapes and concatenate", "[parser]") {
  CHECK(dump_expr(R"('a\n' "b\x41\101\u00e9" r'\d')") == "(Str \"a\\nbAA\xC3\xA9\\\\d\")");
  CHECK(dump_expr(R"(b'\xff' B"\u")") == "(Bytes \"\xff\\\\u\")");
  CHECK(dump_expr("'''a\nb'''") == "(Str \"a\\nb\")");
  CHECK(dump_expr("'a\\\nb'") == "(Str \"ab\")");
  CHECK(dump_expr(R"('\q')") == "(Str \"\\\\q\")");
}

TEST_CASE("f-strings become one JoinedStr with merged literal parts", "[parser]") {
  CHECK(dump_expr(R"('a' f'b{x}c' 'd')") ==
        "(JoinedStr (Str \"ab\") (FormattedValue (Name x)) (Str \"cd\"))");
  CHECK(dump_expr(R"(f'{x!r:>{w}.2} {{}}')") ==
        "(JoinedStr (FormattedValue (Name x) !r (JoinedStr (Str \">\") (FormattedValue (Name w)) "
        "(Str \".2\"))) (Str \" {}\"))");
  CHECK(dump_expr(R"(f"{x=}")") == "(JoinedStr (Str \"x=\") (FormattedValue (Name x) !r))");
  CHECK(dump_expr(R"(f"{x = :>3}")") ==
        "(JoinedStr (Str \"x = \") (FormattedValue (Name x) (JoinedStr (Str \">3\"))))");
  CHECK(dump_expr(R"(f"{'a' if x else 'b'}")") ==
        "(JoinedStr (FormattedValue (IfExp (Name x) (Str \"a\") (Str \"b\"))))");
  CHECK(dump_expr(R"(f"{a != b}")") ==
        "(JoinedStr (FormattedValue (Compare (Name a) NotEq (Name b))))");
  CHECK(dump_expr("f''") == "(JoinedStr)");
}

TEST_CASE("f-string fields report errors at their real location", "[parser]") {
  CHECK(error_of("x = f'{}'") == "SyntaxError: f-string: empty expression not allowed @1:8");
  CHECK(error_of("x = f'{a b}'") == "SyntaxError: f-string: invalid syntax @1:10");
  CHECK(error_of("f'{x!z}'") ==
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' @1:6");
  CHECK(error_of("f'{x:{y:{z}}}'") == "SyntaxError: f-string: expressions nested too deeply @1:9");
  CHECK(error_of("f'}'") == "SyntaxError: f-string: single '}' is not allowed @1:3");
  CHECK(error_of("f'{a'").rfind("SyntaxError: f-string: expecting '}'", 0) == 0);
  CHECK(error_of("f'{#}'").rfind("SyntaxError: f-string expression part cannot include '#'", 0) == 0);
  CHECK(error_of("x = 'a' b'b'") == "SyntaxError: cannot mix bytes and nonbytes literals @1:9");
}

TEST_CASE("assignments set Store context through tuples, lists and starred", "[parser]") {
  CHECK(dump("a = b = 1") == "(Assign (targets (Name a Store) (Name b Store)) (Int 1))");
  CHECK(dump("a, *b = c, d") ==
        "(Assign (targets (Tuple (Name a Store) (Starred (Name b Store) Store) Store)) "
        "(Tuple (Name c) (Name d)))");
  CHECK(dump("[a, (b, c)] = x") ==
        "(Assign (targets (List (Name a Store) (Tuple (Name b Store) (Name c Store) Store) "
        "Store)) (Name x))");
  CHECK(dump("x.y[0] += 1") ==
        "(AugAssign (Subscript (Attribute (Name x) y) (Int 0) Store) Add (Int 1))");
  CHECK(dump("x: int = 5") == "(AnnAssign (Name x Store) (Name int) (Int 5))");
  CHECK(dump("a.b: int") == "(AnnAssign (Attribute (Name a) b Store) (Name int) _)");
  CHECK(dump("del a, b.c, d[0]") == "(Delete (Name a Del) (Attribute (Name b) c Del) (Subscript (Name d) (Int 0) Del))");
  CHECK(dump("x = yield y") == "(Assign (targets (Name x Store)) (Yield (Name y)))");
  CHECK(dump("match = 3") == "(Assign (targets (Name match Store)) (Int 3))");
}

TEST_CASE("invalid targets are rejected with CPython's messages", "[parser]") {
  CHECK(error_of("f() = 1") ==
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1");
  CHECK(error_of("(a, 1) = x") == "SyntaxError: cannot assign to literal @1:5");
  CHECK(error_of("None = 1") == "SyntaxError: cannot assign to None @1:1");
  CHECK(error_of("for f() in x: pass") == "SyntaxError: cannot assign to function call @1:5");
  CHECK(error_of("del a + b") == "SyntaxError: cannot delete expression @1:5");
  CHECK(error_of("del *a") == "SyntaxError: cannot delete starred @1:5");
  CHECK(error_of("f() += 1") ==
        "SyntaxError: 'function call' is an illegal expression for augmented assignment @1:1");
  CHECK(error_of("a, b: int") ==
        "SyntaxError: only single target (not tuple) can be annotated @1:1");
  CHECK(error_of("x = yield = 1") == "SyntaxError: assignment to yield expression not possible @1:5");
  CHECK(error_of("[x for x in y] = 1").rfind("SyntaxError: cannot assign to list comprehension", 0) == 0);
  CHECK(error_of("(a.b := 1)") == "SyntaxError: cannot use assignment expressions with attribute @1:2");
}

TEST_CASE("if/elif/else chains nest in orelse", "[parser]") {
  CHECK(dump("if a:\n  x\nelif b:\n  y\nelse:\n  z\n") ==
        "(If (Name a) (body (Expr (Name x))) (orelse (If (Name b) (body (Expr (Name y))) "
        "(orelse (Expr (Name z))))))");
  CHECK(dump("if a: x; y\n") == "(If (Name a) (body (Expr (Name x)) (Expr (Name y))))");
}

TEST_CASE("loops carry else blocks and for targets are stores", "[parser]") {
  CHECK(dump("while x:\n  break\nelse:\n  continue\n") ==
        "(While (Name x) (body (Break)) (orelse (Continue)))");
  CHECK(dump("for i, in x: pass") ==
        "(For (Tuple (Name i Store) Store) (Name x) (body (Pass)))");
  CHECK(dump("for x in a, b:\n  pass\nelse:\n  pass") ==
        "(For (Name x Store) (Tuple (Name a) (Name b)) (body (Pass)) (orelse (Pass)))");
}

TEST_CASE("try statements with handlers, else and finally", "[parser]") {
  CHECK(dump("try:\n  a\nexcept (A, B) as e:\n  b\nexcept:\n  c\nelse:\n  d\nfinally:\n  e\n") ==
        "(Try (body (Expr (Name a))) (except (Tuple (Name A) (Name B)) as e (body (Expr (Name "
        "b)))) (except _ (body (Expr (Name c)))) (orelse (Expr (Name d))) (finally (Expr (Name "
        "e))))");
  CHECK(error_of("try:\n  pass\n") == "SyntaxError: expected 'except' or 'finally' block @3:1");
  CHECK(error_of("try:\n  pass\nexcept A, B:\n  pass\n") ==
        "SyntaxError: multiple exception types must be parenthesized @3:8");
}

TEST_CASE("with statements accept several and parenthesized items", "[parser]") {
  CHECK(dump("with a as b, c: pass") ==
        "(With (item (Name a) (Name b Store)) (item (Name c)) (body (Pass)))");
  CHECK(dump("with (a as b, c as d,): pass") ==
        "(With (item (Name a) (Name b Store)) (item (Name c) (Name d Store)) (body (Pass)))");
  CHECK(dump("with (a, b) as c: pass") ==
        "(With (item (Tuple (Name a) (Name b)) (Name c Store)) (body (Pass)))");
  CHECK(dump("with a as (b, c): pass") ==
        "(With (item (Name a) (Tuple (Name b Store) (Name c Store) Store)) (body (Pass)))");
}

TEST_CASE("function definitions with every parameter kind and decorators", "[parser]") {
  CHECK(dump("@d\n@e(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return a\n") ==
        "(FunctionDef f (arguments (posonly a b) (args c) (defaults (Int 1) (Int 2)) (vararg "
        "args) (kwonly d e) (kw_defaults _ (Int 3)) (kwarg kw)) (body (Return (Name a))) "
        "(decorators (Name d) (Call (Name e) (Int 1))) (returns (Name int)))");
  CHECK(dump("def f(a: int, *, b): pass") ==
        "(FunctionDef f (arguments (args (a (Name int))) (kwonly b) (kw_defaults _)) (body "
        "(Pass)))");
  CHECK(dump_with_locations("@d\ndef f(): pass") ==
        "(FunctionDef @2:1 f (arguments) (body (Pass @2:10)) (decorators (Name @1:2 d)))");
}

TEST_CASE("parameter list errors", "[parser]") {
  CHECK(error_of("def f(a=1, b): pass") ==
        "SyntaxError: non-default argument follows default argument @1:12");
  CHECK(error_of("def f(*): pass") == "SyntaxError: named arguments must follow bare * @1:7");
  CHECK(error_of("def f(**k, a): pass") ==
        "SyntaxError: arguments cannot follow var-keyword argument @1:12");
  CHECK(error_of("def f(/, a): pass") ==
        "SyntaxError: at least one argument must precede / @1:7");
  CHECK(error_of("def f(*a, *b): pass") == "SyntaxError: * argument may appear only once @1:11");
}

TEST_CASE("call argument errors", "[parser]") {
  CHECK(error_of("f(a=1, b)") == "SyntaxError: positional argument follows keyword argument @1:8");
  CHECK(error_of("f(**a, b)") ==
        "SyntaxError: positional argument follows keyword argument unpacking @1:8");
  CHECK(error_of("f(**a, *b)") ==
        "SyntaxError: iterable argument unpacking follows keyword argument unpacking @1:8");
  CHECK(error_of("f(x for x in y, 1)") ==
        "SyntaxError: Generator expression must be parenthesized @1:3");
  CHECK(error_of("f(a.b=1)") ==
        "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? @1:3");
}

TEST_CASE("classes, imports and simple statements", "[parser]") {
  CHECK(dump("class A(B, metaclass=M):\n  x = 1\n") ==
        "(ClassDef A (bases (Name B)) (keyword metaclass (Name M)) (body (Assign (targets (Name "
        "x Store)) (Int 1))))");
  CHECK(dump("import a.b as c, d") == "(Import (alias a.b as c) (alias d))");
  CHECK(dump("from ..m import (a, b as c,)") == "(ImportFrom ..m (alias a) (alias b as c))");
  CHECK(dump("from . import *") == "(ImportFrom . (alias *))");
  CHECK(dump("global a, b; nonlocal c") == "(Global a b)\n(Nonlocal c)");
  CHECK(dump("raise E from c") == "(Raise (Name E) (from (Name c)))");
  CHECK(dump("assert x, 'm'") == "(Assert (Name x) (Str \"m\"))");
  CHECK(dump("return *a, b") == "(Return (Tuple (Starred (Name a)) (Name b)))");
  CHECK(error_of("from x import a,") ==
        "SyntaxError: trailing comma not allowed without surrounding parentheses @1:17");
}

TEST_CASE("block layout errors are IndentationErrors naming the header", "[parser]") {
  CHECK(error_of("if x:\npass\n") ==
        "IndentationError: expected an indented block after 'if' statement on line 1 @2:1");
  CHECK(error_of("def f():\n\nx") ==
        "IndentationError: expected an indented block after function definition on line 1 @3:1");
  CHECK(error_of("  x = 1") == "IndentationError: unexpected indent @1:3");
  CHECK(error_of("x = 1\n    y = 2\n") == "IndentationError: unexpected indent @2:5");
  CHECK(error_of("if x\n  pass") == "SyntaxError: expected ':' @1:5");
  CHECK(error_of("x = 1 +") == "SyntaxError: invalid syntax @1:8");
  CHECK(error_of("else: pass") == "SyntaxError: invalid syntax @1:1");
}

TEST_CASE("the first error in the source wins over later lexer errors", "[parser]") {
  CHECK(error_of("x = = 1\ny = 'unterminated") == "SyntaxError: invalid syntax @1:5");
  CHECK(error_of("\tif x:\n        a") == "IndentationError: unexpected indent @1:2");
}

TEST_CASE("unsupported constructs raise NotImplementedError at their first token",
          "[parser]") {
  CHECK(error_of("async def f(): pass") ==
        "NotImplementedError: 'async def' is not supported @1:1");
  CHECK(error_of("def f():\n  async for x in y: pass") ==
        "NotImplementedError: 'async for' is not supported @2:3");
  CHECK(error_of("async with a: pass") ==
        "NotImplementedError: 'async with' is not supported @1:1");
  CHECK(error_of("x = await y") == "NotImplementedError: 'await' is not supported @1:5");
  CHECK(error_of("match x:\n  case 1: pass") ==
        "NotImplementedError: 'match' is not supported @1:1");
  CHECK(error_of("try:\n  pass\nexcept* E:\n  pass") ==
        "NotImplementedError: 'except*' is not supported @3:1");
  CHECK(error_of("def f[T](x): pass") ==
        "NotImplementedError: 'type parameters' is not supported @1:6");
  CHECK(error_of("type X = int") == "NotImplementedError: 'type' is not supported @1:1");
  CHECK(error_of("[x async for x in y]") ==
        "NotImplementedError: 'async for' is not supported @1:4");
  CHECK(dump("match(x)") == "(Expr (Call (Name match) (Name x)))");
  CHECK(dump("type = 1") == "(Assign (targets (Name type Store)) (Int 1))");
}

TEST_CASE("deep nesting is a syntax error, never a stack overflow", "[parser]") {
  std::string minus(500, '-');
  CHECK(error_of(minus + "1") == "SyntaxError: too many nested parentheses @1:399");
  std::string nots;
  std::string lambdas;
  for (int i = 0; i < 500; ++i) {
    nots += "not ";
    lambdas += "lambda: ";
  }
  CHECK(error_of(nots + "x").rfind("SyntaxError: too many nested parentheses", 0) == 0);
  CHECK(error_of(lambdas + "x").rfind("SyntaxError: too many nested parentheses", 0) == 0);
  std::string unpacks;
  for (int i = 0; i < 199; ++i) unpacks += "{**";
  CHECK(error_of("x = " + unpacks + "a" + std::string(199, '}')) == "no error");
  CHECK(error_of("x = " + std::string(300, '[')) == "SyntaxError: too many nested parentheses @1:204");
  CHECK(dump("x = " + std::string(150, '(') + "1" + std::string(150, ')')) ==
        "(Assign (targets (Name x Store)) (Int 1))");
}

TEST_CASE("parse_expression accepts an eval-style expression list", "[parser]") {
  CHECK(dump_expr("  a, b  ") == "(Tuple (Name a) (Name b))");
  stk::ast::Arena arena;
  CHECK_THROWS_AS(stk::parse_expression("x = 1", arena), CompileError);
  CHECK_THROWS_AS(stk::parse_expression("", arena), CompileError);
}
