// Expressions, following CPython 3.11's grammar and precedence: lambda, conditional,
// or/and/not, comparisons, a table of binary-operator levels, unary, `**`, primaries
// and atoms (displays, comprehensions, calls, subscripts), plus parameter lists and
// assignment-target checks. Invariant: parse_expression, parse_inversion and
// parse_factor hold a DepthGuard, which bounds every recursive path.
#include <cstdlib>
#include <string>

#include "parser/parser_impl.hpp"
#include "parser/unsupported.hpp"

namespace stk::detail {

using namespace ast;

namespace {

struct BinaryLevelOp {
  TokenKind token;
  BinOpKind op;
};

// Binary operator levels from loosest to tightest binding, below comparisons.
constexpr BinaryLevelOp kLevel0[] = {{TokenKind::VBar, BinOpKind::BitOr}};
constexpr BinaryLevelOp kLevel1[] = {{TokenKind::Circumflex, BinOpKind::BitXor}};
constexpr BinaryLevelOp kLevel2[] = {{TokenKind::Amper, BinOpKind::BitAnd}};
constexpr BinaryLevelOp kLevel3[] = {{TokenKind::LeftShift, BinOpKind::LShift},
                                     {TokenKind::RightShift, BinOpKind::RShift}};
constexpr BinaryLevelOp kLevel4[] = {{TokenKind::Plus, BinOpKind::Add},
                                     {TokenKind::Minus, BinOpKind::Sub}};
constexpr BinaryLevelOp kLevel5[] = {
    {TokenKind::Star, BinOpKind::Mult},          {TokenKind::Slash, BinOpKind::Div},
    {TokenKind::DoubleSlash, BinOpKind::FloorDiv}, {TokenKind::Percent, BinOpKind::Mod},
    {TokenKind::At, BinOpKind::MatMult},
};

struct BinaryLevel {
  const BinaryLevelOp* ops;
  size_t count;
};
constexpr BinaryLevel kBinaryLevels[] = {
    {kLevel0, std::size(kLevel0)}, {kLevel1, std::size(kLevel1)}, {kLevel2, std::size(kLevel2)},
    {kLevel3, std::size(kLevel3)}, {kLevel4, std::size(kLevel4)}, {kLevel5, std::size(kLevel5)},
};
constexpr int kBinaryLevelCount = static_cast<int>(std::size(kBinaryLevels));

bool is_constant(const Expr* e, ConstKind kind) {
  return e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->const_kind == kind;
}

}  // namespace

std::string expression_description(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: return "name";
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->const_kind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}

void Parser::set_target(Expr* e, Ctx ctx, TargetUse use, bool top) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return;
    case ExprKind::Starred:
      if (use == TargetUse::Delete) error(e->loc, "cannot delete starred");
      static_cast<Starred*>(e)->ctx = ctx;
      set_target(static_cast<Starred*>(e)->value, ctx, use, false);
      return;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ctx;
      for (Expr* elt : static_cast<Tuple*>(e)->elts) set_target(elt, ctx, use, false);
      return;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = ctx;
      for (Expr* elt : static_cast<List*>(e)->elts) set_target(elt, ctx, use, false);
      return;
    default: break;
  }
  std::string what = expression_description(e);
  if (use == TargetUse::Delete) error(e->loc, "cannot delete " + what);
  if (use == TargetUse::Assign && (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom)) {
    error(e->loc, "assignment to yield expression not possible");
  }
  std::string message = "cannot assign to " + what;
  bool keyword_constant = is_constant(e, ConstKind::None) || is_constant(e, ConstKind::True) ||
                          is_constant(e, ConstKind::False);
  if (use == TargetUse::Assign && top && !keyword_constant) {
    message += " here. Maybe you meant '==' instead of '='?";
  }
  error(e->loc, message);
}

bool Parser::at_expression_start() const {
  switch (tok().kind) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String:
    case TokenKind::LParen: case TokenKind::LBracket: case TokenKind::LBrace:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::Tilde: case TokenKind::Star:
    case TokenKind::Ellipsis: case TokenKind::KwNot: case TokenKind::KwLambda:
    case TokenKind::KwAwait: case TokenKind::KwNone: case TokenKind::KwTrue:
    case TokenKind::KwFalse: case TokenKind::KwYield:
      return true;
    default: return false;
  }
}

Expr* Parser::make_tuple(SourceLocation loc, std::vector<Expr*> elts) {
  auto* t = arena_.make<Tuple>(loc);
  t->elts = std::move(elts);
  return t;
}

// ------------------------------------------------------------------ expression lists

Expr* Parser::parse_star_expressions() {
  Expr* first = parse_star_expression();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!at_expression_start() || at(TokenKind::KwYield)) break;
    elts.push_back(parse_star_expression());
  }
  return make_tuple(first->loc, std::move(elts));
}

Expr* Parser::parse_star_expression() {
  if (at(TokenKind::Star)) {
    const Token& star = advance();
    auto* s = arena_.make<Starred>(star.loc);
    s->value = parse_bitwise_or();
    return s;
  }
  return parse_expression();
}

Expr* Parser::parse_star_named_expression() {
  if (at(TokenKind::Star)) return parse_star_expression();
  return parse_named_expression();
}

// star_targets: used by `for` and `with ... as`; stops before `in`.
Expr* Parser::parse_star_targets() {
  auto one = [&]() -> Expr* {
    if (at(TokenKind::Star)) {
      const Token& star = advance();
      auto* s = arena_.make<Starred>(star.loc);
      s->value = parse_bitwise_or();
      return s;
    }
    return parse_bitwise_or();
  };
  Expr* first = one();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!at_expression_start()) break;
    elts.push_back(one());
  }
  return make_tuple(first->loc, std::move(elts));
}

Expr* Parser::parse_named_expression() {
  if (at(TokenKind::Name) && peek_tok().kind == TokenKind::ColonEqual) {
    const Token& name_tok = advance();
    advance();
    auto* target = arena_.make<Name>(name_tok.loc);
    target->id = std::string(name_tok.text);
    target->ctx = Ctx::Store;
    auto* n = arena_.make<NamedExpr>(name_tok.loc);
    n->target = target;
    n->value = parse_expression();
    return n;
  }
  Expr* e = parse_expression();
  if (at(TokenKind::ColonEqual)) {
    error(e->loc, "cannot use assignment expressions with " + expression_description(e));
  }
  return e;
}

Expr* Parser::parse_expression() {
  DepthGuard guard(*this, tok().loc);
  if (at(TokenKind::KwLambda)) return parse_lambda();
  Expr* body = parse_disjunction();
  if (!at(TokenKind::KwIf)) return body;
  advance();
  auto* e = arena_.make<IfExp>(body->loc);
  e->body = body;
  e->test = parse_disjunction();
  if (!accept(TokenKind::KwElse)) error(body->loc, "expected 'else' after 'if' expression");
  e->orelse = parse_expression();
  return e;
}

Expr* Parser::parse_yield_expression() {
  const Token& kw = advance();
  if (accept(TokenKind::KwFrom)) {
    auto* y = arena_.make<YieldFrom>(kw.loc);
    y->value = parse_expression();
    return y;
  }
  auto* y = arena_.make<Yield>(kw.loc);
  if (at_expression_start() && !at(TokenKind::KwYield)) y->value = parse_star_expressions();
  return y;
}

Expr* Parser::parse_lambda() {
  const Token& kw = advance();
  auto* l = arena_.make<Lambda>(kw.loc);
  parse_parameters(l->args, TokenKind::Colon, false);
  expect_colon();
  l->body = parse_expression();
  return l;
}

// ------------------------------------------------------------------ boolean and comparison

Expr* Parser::parse_disjunction() {
  Expr* first = parse_conjunction();
  if (!at(TokenKind::KwOr)) return first;
  auto* b = arena_.make<BoolOp>(first->loc);
  b->op = BoolOpKind::Or;
  b->values.push_back(first);
  while (accept(TokenKind::KwOr)) b->values.push_back(parse_conjunction());
  return b;
}

Expr* Parser::parse_conjunction() {
  Expr* first = parse_inversion();
  if (!at(TokenKind::KwAnd)) return first;
  auto* b = arena_.make<BoolOp>(first->loc);
  b->op = BoolOpKind::And;
  b->values.push_back(first);
  while (accept(TokenKind::KwAnd)) b->values.push_back(parse_inversion());
  return b;
}

Expr* Parser::parse_inversion() {
  if (!at(TokenKind::KwNot)) return parse_comparison();
  DepthGuard guard(*this, tok().loc);
  const Token& kw = advance();
  auto* u = arena_.make<UnaryOp>(kw.loc);
  u->op = UnaryOpKind::Not;
  u->operand = parse_inversion();
  return u;
}

Expr* Parser::parse_comparison() {
  Expr* first = parse_bitwise_or();
  Compare* cmp = nullptr;
  while (true) {
    CmpOpKind op;
    switch (tok().kind) {
      case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
      case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
      case TokenKind::Less: op = CmpOpKind::Lt; break;
      case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
      case TokenKind::Greater: op = CmpOpKind::Gt; break;
      case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
      case TokenKind::KwIn: op = CmpOpKind::In; break;
      case TokenKind::KwIs:
        op = peek_tok().kind == TokenKind::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is;
        break;
      case TokenKind::KwNot:
        if (peek_tok().kind != TokenKind::KwIn) return cmp ? cmp : first;
        op = CmpOpKind::NotIn;
        break;
      default: return cmp ? static_cast<Expr*>(cmp) : first;
    }
    advance();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
    if (!cmp) {
      cmp = arena_.make<Compare>(first->loc);
      cmp->left = first;
    }
    cmp->ops.push_back(op);
    cmp->comparators.push_back(parse_bitwise_or());
  }
}

// ------------------------------------------------------------------ arithmetic

Expr* Parser::parse_binary(int level) {
  if (level == kBinaryLevelCount) return parse_factor();
  const BinaryLevel& ops = kBinaryLevels[level];
  Expr* left = parse_binary(level + 1);
  while (true) {
    const BinaryLevelOp* found = nullptr;
    for (size_t i = 0; i < ops.count; ++i) {
      if (ops.ops[i].token == tok().kind) found = &ops.ops[i];
    }
    if (!found) return left;
    advance();
    auto* b = arena_.make<BinOp>(left->loc);
    b->left = left;
    b->op = found->op;
    b->right = parse_binary(level + 1);
    left = b;
  }
}

Expr* Parser::parse_factor() {
  UnaryOpKind op;
  switch (tok().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return parse_power();
  }
  DepthGuard guard(*this, tok().loc);
  const Token& t = advance();
  auto* u = arena_.make<UnaryOp>(t.loc);
  u->op = op;
  u->operand = parse_factor();
  return u;
}

// `**` binds tighter than a unary operator on its left (-2**2 == -4) and is
// right-associative through parse_factor on its right.
Expr* Parser::parse_power() {
  if (at(TokenKind::KwAwait)) reject_unsupported(Unsupported::Await, tok().loc);
  Expr* base = parse_primary();
  if (!accept(TokenKind::DoubleStar)) return base;
  auto* b = arena_.make<BinOp>(base->loc);
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = parse_factor();
  return b;
}

// ------------------------------------------------------------------ primaries

Expr* Parser::parse_primary() {
  Expr* e = parse_atom();
  while (true) {
    if (accept(TokenKind::Dot)) {
      auto* a = arena_.make<Attribute>(e->loc);
      a->value = e;
      a->attr = std::string(expect(TokenKind::Name).text);
      e = a;
    } else if (at(TokenKind::LParen)) {
      DepthGuard guard(*this, tok().loc);
      advance();
      auto* c = arena_.make<Call>(e->loc);
      c->func = e;
      parse_call_arguments(c);
      e = c;
    } else if (at(TokenKind::LBracket)) {
      DepthGuard guard(*this, tok().loc);
      advance();
      auto* s = arena_.make<Subscript>(e->loc);
      s->value = e;
      s->slice = parse_slices();
      expect(TokenKind::RBracket);
      e = s;
    } else {
      return e;
    }
  }
}

// After '(' has been consumed; consumes the ')'.
void Parser::parse_call_arguments(Call* call) {
  bool seen_keyword = false;
  bool seen_double_star = false;
  while (!at(TokenKind::RParen)) {
    const Token& start = tok();
    if (at(TokenKind::Star)) {
      if (seen_double_star) {
        error(start.loc, "iterable argument unpacking follows keyword argument unpacking");
      }
      call->args.push_back(parse_star_expression());
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      seen_double_star = true;
      call->keywords.push_back(Keyword{"", parse_expression(), start.loc});
    } else if (at(TokenKind::Name) && peek_tok().kind == TokenKind::Equal) {
      advance();
      advance();
      seen_keyword = true;
      call->keywords.push_back(Keyword{std::string(start.text), parse_expression(), start.loc});
    } else {
      Expr* e = parse_named_expression();
      if (at(TokenKind::KwFor) || (at(TokenKind::KwAsync) && peek_tok().kind == TokenKind::KwFor)) {
        e = make_comp(ExprKind::GeneratorExp, e->loc, e);
        bool alone = call->args.empty() && call->keywords.empty() &&
                     (at(TokenKind::RParen) ||
                      (at(TokenKind::Comma) && peek_tok().kind == TokenKind::RParen));
        if (!alone) error(e->loc, "Generator expression must be parenthesized");
      } else if (at(TokenKind::Equal)) {
        error(e->loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (seen_keyword || seen_double_star) {
        error(e->loc, seen_double_star ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
      }
      call->args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen);
}

Expr* Parser::parse_slices() {
  Expr* first = parse_slice();
  if (!at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBracket)) break;
    elts.push_back(parse_slice());
  }
  return make_tuple(first->loc, std::move(elts));
}

Expr* Parser::parse_slice() {
  if (at(TokenKind::Star)) return parse_star_expression();
  SourceLocation loc = tok().loc;
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    lower = parse_named_expression();
    if (!at(TokenKind::Colon)) return lower;
  }
  advance();
  auto* s = arena_.make<Slice>(loc);
  s->lower = lower;
  auto at_part_end = [&] {
    return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket);
  };
  if (!at_part_end()) s->upper = parse_expression();
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RBracket)) s->step = parse_expression();
  }
  return s;
}

// ------------------------------------------------------------------ atoms

Expr* Parser::parse_atom() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::Name: {
      advance();
      auto* n = arena_.make<Name>(t.loc);
      n->id = std::string(t.text);
      return n;
    }
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse:
    case TokenKind::Ellipsis: {
      advance();
      auto* c = arena_.make<Constant>(t.loc);
      c->const_kind = t.kind == TokenKind::KwNone   ? ConstKind::None
                      : t.kind == TokenKind::KwTrue ? ConstKind::True
                      : t.kind == TokenKind::KwFalse ? ConstKind::False
                                                     : ConstKind::Ellipsis;
      return c;
    }
    case TokenKind::Number: return parse_number();
    case TokenKind::String: return parse_strings();
    case TokenKind::LParen: return parse_paren_atom();
    case TokenKind::LBracket: return parse_list_atom();
    case TokenKind::LBrace: return parse_brace_atom();
    default: invalid_syntax();
  }
}

Expr* Parser::parse_number() {
  const Token& t = advance();
  auto* c = arena_.make<Constant>(t.loc);
  std::string clean;
  for (char ch : t.text) {
    if (ch != '_') clean += ch;
  }
  char last = static_cast<char>(clean.back() | 0x20);
  char second = clean.size() > 1 ? static_cast<char>(clean[1] | 0x20) : '\0';
  if (last == 'j') {
    c->const_kind = ConstKind::Imaginary;
    clean.pop_back();
    c->float_value = std::strtod(clean.c_str(), nullptr);
  } else if (clean[0] == '0' && (second == 'x' || second == 'o' || second == 'b')) {
    c->const_kind = ConstKind::Int;
    c->int_base = second == 'x' ? 16 : second == 'o' ? 8 : 2;
    clean.erase(0, 2);
  } else if (clean.find_first_of(".eE") != std::string::npos) {
    c->const_kind = ConstKind::Float;
    c->float_value = std::strtod(clean.c_str(), nullptr);
  } else {
    c->const_kind = ConstKind::Int;
  }
  if (c->const_kind == ConstKind::Int) {
    size_t nonzero = clean.find_first_not_of('0');
    c->int_digits = nonzero == std::string::npos ? "0" : clean.substr(nonzero);
  }
  return c;
}

Expr* Parser::make_comp(ExprKind kind, SourceLocation loc, Expr* elt) {
  auto* c = arena_.make<Comp>(loc, kind);
  if (elt && elt->kind == ExprKind::Starred) {
    error(elt->loc, "iterable unpacking cannot be used in comprehension");
  }
  c->elt = elt;
  parse_comprehension_clauses(c->generators);
  return c;
}

void Parser::parse_comprehension_clauses(std::vector<Comprehension>& out) {
  while (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (at(TokenKind::KwAsync)) {
      if (peek_tok().kind == TokenKind::KwFor) reject_unsupported(Unsupported::AsyncFor, tok().loc);
      invalid_syntax();
    }
    Comprehension comp;
    comp.loc = advance().loc;
    comp.target = parse_star_targets();
    set_target(comp.target, Ctx::Store, TargetUse::Other);
    expect(TokenKind::KwIn);
    comp.iter = parse_disjunction();
    while (accept(TokenKind::KwIf)) comp.ifs.push_back(parse_disjunction());
    out.push_back(std::move(comp));
  }
}

Expr* Parser::parse_paren_atom() {
  DepthGuard guard(*this, tok().loc);
  const Token& open = advance();
  if (accept(TokenKind::RParen)) return make_tuple(open.loc, {});
  if (at(TokenKind::KwYield)) {
    Expr* y = parse_yield_expression();
    expect(TokenKind::RParen);
    return y;
  }
  Expr* first = parse_star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    Expr* g = make_comp(ExprKind::GeneratorExp, open.loc, first);
    expect(TokenKind::RParen);
    return g;
  }
  if (accept(TokenKind::RParen)) {
    if (first->kind == ExprKind::Starred) error(first->loc, "cannot use starred expression here");
    return first;
  }
  std::vector<Expr*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RParen)) break;
    elts.push_back(parse_star_named_expression());
  }
  expect(TokenKind::RParen);
  return make_tuple(open.loc, std::move(elts));
}

Expr* Parser::parse_list_atom() {
  DepthGuard guard(*this, tok().loc);
  const Token& open = advance();
  auto* list = arena_.make<List>(open.loc);
  if (accept(TokenKind::RBracket)) return list;
  Expr* first = parse_star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    Expr* c = make_comp(ExprKind::ListComp, open.loc, first);
    expect(TokenKind::RBracket);
    return c;
  }
  list->elts.push_back(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBracket)) break;
    list->elts.push_back(parse_star_named_expression());
  }
  expect(TokenKind::RBracket);
  return list;
}

Expr* Parser::parse_brace_atom() {
  DepthGuard guard(*this, tok().loc);
  const Token& open = advance();
  if (accept(TokenKind::RBrace)) return arena_.make<Dict>(open.loc);

  // A dict item: `key: value` or `**mapping` (key null).
  auto parse_dict_item = [&](Dict* d) {
    if (accept(TokenKind::DoubleStar)) {
      d->keys.push_back(nullptr);
      d->values.push_back(parse_bitwise_or());
      return;
    }
    d->keys.push_back(parse_expression());
    expect_colon();
    d->values.push_back(parse_expression());
  };

  bool is_dict = at(TokenKind::DoubleStar);
  Expr* first_key = nullptr;
  if (!is_dict) {
    first_key = parse_star_named_expression();
    is_dict = at(TokenKind::Colon) && first_key->kind != ExprKind::Starred;
  }
  if (is_dict) {
    auto* d = arena_.make<Dict>(open.loc);
    if (first_key) {
      advance();
      d->keys.push_back(first_key);
      d->values.push_back(parse_expression());
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        auto* c = arena_.make<Comp>(open.loc, ExprKind::DictComp);
        c->key = first_key;
        c->value = d->values.back();
        parse_comprehension_clauses(c->generators);
        expect(TokenKind::RBrace);
        return c;
      }
    } else {
      parse_dict_item(d);
      if (at(TokenKind::KwFor)) {
        error(open.loc, "dict unpacking cannot be used in dict comprehension");
      }
    }
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBrace)) break;
      parse_dict_item(d);
    }
    expect(TokenKind::RBrace);
    return d;
  }
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    Expr* c = make_comp(ExprKind::SetComp, open.loc, first_key);
    expect(TokenKind::RBrace);
    return c;
  }
  auto* s = arena_.make<Set>(open.loc);
  s->elts.push_back(first_key);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    s->elts.push_back(parse_star_named_expression());
  }
  expect(TokenKind::RBrace);
  return s;
}

// ------------------------------------------------------------------ parameters

// def and lambda parameter lists, up to (not including) `closer`.
void Parser::parse_parameters(Arguments& args, TokenKind closer, bool allow_annotations) {
  bool seen_slash = false;
  bool seen_star = false;
  bool seen_default = false;
  auto parse_arg = [&]() {
    Arg arg;
    const Token& name = expect(TokenKind::Name);
    arg.name = std::string(name.text);
    arg.loc = name.loc;
    if (allow_annotations && accept(TokenKind::Colon)) arg.annotation = parse_expression();
    return arg;
  };
  while (!at(closer)) {
    const Token& t = tok();
    if (at(TokenKind::Slash)) {
      if (seen_slash) error(t.loc, "/ may appear only once");
      if (seen_star) error(t.loc, "/ must be ahead of *");
      if (args.args.empty()) error(t.loc, "at least one argument must precede /");
      advance();
      seen_slash = true;
      args.posonlyargs = std::move(args.args);
      args.args.clear();
    } else if (at(TokenKind::Star)) {
      if (seen_star) error(t.loc, "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(TokenKind::Comma) || at(closer)) {
        if (at(closer) || peek_tok().kind == TokenKind::DoubleStar) {
          error(t.loc, "named arguments must follow bare *");
        }
      } else {
        args.has_vararg = true;
        args.vararg = parse_arg();
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      args.has_kwarg = true;
      args.kwarg = parse_arg();
      accept(TokenKind::Comma);
      if (!at(closer)) error(tok().loc, "arguments cannot follow var-keyword argument");
      break;
    } else {
      Arg arg = parse_arg();
      Expr* default_value = accept(TokenKind::Equal) ? parse_expression() : nullptr;
      if (seen_star) {
        args.kwonlyargs.push_back(std::move(arg));
        args.kw_defaults.push_back(default_value);
      } else {
        if (default_value) {
          args.defaults.push_back(default_value);
          seen_default = true;
        } else if (seen_default) {
          error(arg.loc, "non-default argument follows default argument");
        }
        args.args.push_back(std::move(arg));
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
}

}  // namespace stk::detail
