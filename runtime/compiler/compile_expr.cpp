// Code generation, part 2: expressions, assignment targets, calls, displays,
// conditions compiled straight to jumps, and f-strings.
#include <cstdlib>
#include <cstring>

#include "compiler/codegen.hpp"
#include "objects/containers.hpp"
#include "objects/int.hpp"
#include "vm/runtime.hpp"

namespace stk {

BinOp to_binop(ast::BinOpKind k) {
  switch (k) {
    case ast::BinOpKind::Add: return BinOp::Add;
    case ast::BinOpKind::Sub: return BinOp::Sub;
    case ast::BinOpKind::Mult: return BinOp::Mul;
    case ast::BinOpKind::MatMult: return BinOp::MatMul;
    case ast::BinOpKind::Div: return BinOp::TrueDiv;
    case ast::BinOpKind::FloorDiv: return BinOp::FloorDiv;
    case ast::BinOpKind::Mod: return BinOp::Mod;
    case ast::BinOpKind::Pow: return BinOp::Pow;
    case ast::BinOpKind::LShift: return BinOp::LShift;
    case ast::BinOpKind::RShift: return BinOp::RShift;
    case ast::BinOpKind::BitOr: return BinOp::Or;
    case ast::BinOpKind::BitXor: return BinOp::Xor;
    case ast::BinOpKind::BitAnd: return BinOp::And;
  }
  return BinOp::Add;
}

namespace {

CmpOp to_cmpop(ast::CmpOpKind k) {
  switch (k) {
    case ast::CmpOpKind::Lt: return CmpOp::Lt;
    case ast::CmpOpKind::LtE: return CmpOp::Le;
    case ast::CmpOpKind::Gt: return CmpOp::Gt;
    case ast::CmpOpKind::GtE: return CmpOp::Ge;
    case ast::CmpOpKind::NotEq: return CmpOp::Ne;
    default: return CmpOp::Eq;
  }
}

bool has_starred(const std::vector<ast::Expr*>& elts) {
  for (const ast::Expr* e : elts)
    if (e->kind == ast::ExprKind::Starred) return true;
  return false;
}

}  // namespace

void CodeGen::name_op(const std::string& name, ast::Ctx ctx, SourceLocation loc) {
  (void)loc;
  Scope* scope = u().scope;
  NameKind kind = scope->kind_of(name);
  switch (kind) {
    case NameKind::Local: {
      std::uint32_t index = 0;
      for (; index < scope->varnames.size(); ++index)
        if (scope->varnames[index] == name) break;
      Op op = ctx == ast::Ctx::Load ? Op::LoadFast : ctx == ast::Ctx::Store ? Op::StoreFast : Op::DeleteFast;
      emit(op, index);
      return;
    }
    case NameKind::Cell:
    case NameKind::Free: {
      std::uint32_t index = 0;
      bool found = false;
      for (std::size_t i = 0; i < scope->cellvars.size(); ++i)
        if (scope->cellvars[i] == name) {
          index = static_cast<std::uint32_t>(i);
          found = true;
        }
      if (!found)
        for (std::size_t i = 0; i < scope->freevars.size(); ++i)
          if (scope->freevars[i] == name) {
            index = static_cast<std::uint32_t>(scope->cellvars.size() + i);
            found = true;
          }
      Op op = ctx == ast::Ctx::Load ? Op::LoadDeref : ctx == ast::Ctx::Store ? Op::StoreDeref : Op::DeleteDeref;
      emit(op, index);
      return;
    }
    case NameKind::GlobalExplicit:
    case NameKind::GlobalImplicit: {
      Op op = ctx == ast::Ctx::Load ? Op::LoadGlobal : ctx == ast::Ctx::Store ? Op::StoreGlobal : Op::DeleteGlobal;
      emit(op, add_name(mangle(name)));
      return;
    }
    case NameKind::Name: {
      Op op = ctx == ast::Ctx::Load ? Op::LoadName : ctx == ast::Ctx::Store ? Op::StoreName : Op::DeleteName;
      emit(op, add_name(mangle(name)));
      return;
    }
  }
}

Value CodeGen::constant_value(const ast::Expr* e, std::string& key) {
  const auto* c = static_cast<const ast::Constant*>(e);
  switch (c->const_kind) {
    case ast::ConstKind::None: key = "N"; return rt_.None();
    case ast::ConstKind::True: key = "T"; return rt_.True();
    case ast::ConstKind::False: key = "F"; return rt_.False();
    case ast::ConstKind::Ellipsis: key = "E"; return Value::object(rt_.ellipsis);
    case ast::ConstKind::Int:
      key = "i" + std::to_string(c->int_base) + ":" + c->int_digits;
      return int_from_digits(rt_, c->int_digits, c->int_base);
    case ast::ConstKind::Float: {
      std::uint64_t bits;
      std::memcpy(&bits, &c->float_value, sizeof bits);
      key = "f:" + std::to_string(bits);
      return rt_.new_float(c->float_value);
    }
    case ast::ConstKind::Str:
      key = "s:" + c->str_value;
      return Value::object(rt_.intern(c->str_value));
    case ast::ConstKind::Imaginary: unsupported(c->loc, "complex number literal");
    case ast::ConstKind::Bytes: unsupported(c->loc, "bytes literal");
  }
  return rt_.None();
}

void CodeGen::constant(const ast::Constant* c) {
  if (c->const_kind == ast::ConstKind::Int && c->int_base == 10 && c->int_digits.size() <= 7) {
    long v = std::strtol(c->int_digits.c_str(), nullptr, 10);
    if (v < kSmallIntBias) {
      emit(Op::LoadSmallInt, static_cast<std::uint32_t>(v + kSmallIntBias));
      return;
    }
  }
  std::string key;
  Value v = constant_value(c, key);
  emit(Op::LoadConst, add_const(v, key));
}

bool CodeGen::is_constant_tuple(const std::vector<ast::Expr*>& elts) {
  for (const ast::Expr* e : elts) {
    Value v;
    std::string key;
    if (!fold(e, v, key)) return false;
  }
  return true;
}

void CodeGen::expr(const ast::Expr* e) {
  set_loc(e->loc);
  using K = ast::ExprKind;
  switch (e->kind) {
    case K::Name: {
      const auto* n = static_cast<const ast::Name*>(e);
      name_op(n->id, ast::Ctx::Load, e->loc);
      break;
    }
    case K::Constant: constant(static_cast<const ast::Constant*>(e)); break;
    case K::JoinedStr: joined_str(static_cast<const ast::JoinedStr*>(e)); break;
    case K::FormattedValue: {
      ast::JoinedStr single;
      single.values.push_back(const_cast<ast::Expr*>(e));
      joined_str(&single);
      break;
    }
    case K::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      Value folded;
      std::string key;
      if (fold(e, folded, key)) {
        emit(Op::LoadConst, add_const(folded, key));
        break;
      }
      expr(b->left);
      expr(b->right);
      set_loc(e->loc);
      emit(Op::BinaryOp, static_cast<std::uint32_t>(to_binop(b->op)));
      break;
    }
    case K::UnaryOp: {
      const auto* un = static_cast<const ast::UnaryOp*>(e);
      if (un->op == ast::UnaryOpKind::USub && un->operand->kind == K::Constant) {
        const auto* c = static_cast<const ast::Constant*>(un->operand);
        if (c->const_kind == ast::ConstKind::Int && c->int_base == 10 && c->int_digits.size() <= 7) {
          long v = std::strtol(c->int_digits.c_str(), nullptr, 10);
          if (v <= kSmallIntBias) {
            emit(Op::LoadSmallInt, static_cast<std::uint32_t>(kSmallIntBias - v));
            break;
          }
        }
        if (c->const_kind == ast::ConstKind::Float) {
          double v = -c->float_value;
          std::uint64_t bits;
          std::memcpy(&bits, &v, sizeof bits);
          emit(Op::LoadConst, add_const(rt_.new_float(v), "f:" + std::to_string(bits)));
          break;
        }
      }
      expr(un->operand);
      set_loc(e->loc);
      switch (un->op) {
        case ast::UnaryOpKind::Not: emit(Op::UnaryNot); break;
        case ast::UnaryOpKind::USub: emit(Op::UnaryOp, static_cast<std::uint32_t>(UnOp::Neg)); break;
        case ast::UnaryOpKind::UAdd: emit(Op::UnaryOp, static_cast<std::uint32_t>(UnOp::Pos)); break;
        case ast::UnaryOpKind::Invert: emit(Op::UnaryOp, static_cast<std::uint32_t>(UnOp::Invert)); break;
      }
      break;
    }
    case K::BoolOp: bool_op(static_cast<const ast::BoolOp*>(e)); break;
    case K::Compare: compare(static_cast<const ast::Compare*>(e)); break;
    case K::IfExp: {
      const auto* i = static_cast<const ast::IfExp*>(e);
      Label orelse = new_label(), end = new_label();
      jump_if(i->test, false, orelse);
      expr(i->body);
      emit_jump(Op::Jump, end);
      bind(orelse);
      expr(i->orelse);
      bind(end);
      break;
    }
    case K::Call: call(static_cast<const ast::Call*>(e)); break;
    case K::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value);
      set_loc(e->loc);
      emit(Op::LoadAttr, add_name(mangle(a->attr)));
      break;
    }
    case K::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      expr(s->value);
      slice_or_expr(s->slice);
      set_loc(e->loc);
      emit(Op::BinarySubscr);
      break;
    }
    case K::Slice: slice_or_expr(e); break;
    case K::Starred: syntax_error(e->loc, "can't use starred expression here");
    case K::List: sequence_display(static_cast<const ast::List*>(e)->elts, K::List); break;
    case K::Tuple: sequence_display(static_cast<const ast::Tuple*>(e)->elts, K::Tuple); break;
    case K::Set: sequence_display(static_cast<const ast::Set*>(e)->elts, K::Set); break;
    case K::Dict: dict_display(static_cast<const ast::Dict*>(e)); break;
    case K::Lambda: lambda(static_cast<const ast::Lambda*>(e)); break;
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: comprehension(static_cast<const ast::Comp*>(e)); break;
    case K::Yield: {
      const auto* y = static_cast<const ast::Yield*>(e);
      if (y->value) expr(y->value);
      else load_none();
      set_loc(e->loc);
      emit(Op::YieldValue);
      break;
    }
    case K::YieldFrom: {
      expr(static_cast<const ast::YieldFrom*>(e)->value);
      set_loc(e->loc);
      emit(Op::GetYieldFromIter);
      load_none();
      Label loop = new_label(), done = new_label();
      bind(loop);
      emit_jump(Op::Send, done);  // [it, yielded] or, when finished, [result] at `done`
      emit(Op::YieldValue);       // [it, sent]
      emit_jump(Op::JumpBack, loop);
      bind(done);
      break;
    }
    case K::NamedExpr: {
      const auto* n = static_cast<const ast::NamedExpr*>(e);
      expr(n->value);
      emit(Op::Copy, 1);
      name_op(n->target->id, ast::Ctx::Store, n->loc);
      break;
    }
  }
}

void CodeGen::slice_or_expr(const ast::Expr* e) {
  if (e->kind != ast::ExprKind::Slice) {
    expr(e);
    return;
  }
  const auto* s = static_cast<const ast::Slice*>(e);
  if (s->lower) expr(s->lower); else load_none();
  if (s->upper) expr(s->upper); else load_none();
  if (s->step) {
    expr(s->step);
    emit(Op::BuildSlice, 3);
  } else {
    emit(Op::BuildSlice, 2);
  }
}

void CodeGen::store(const ast::Expr* t) {
  set_loc(t->loc);
  switch (t->kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name*>(t)->id, ast::Ctx::Store, t->loc);
      break;
    case ast::ExprKind::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(t);
      expr(a->value);
      emit(Op::StoreAttr, add_name(mangle(a->attr)));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(t);
      expr(s->value);
      slice_or_expr(s->slice);
      emit(Op::StoreSubscr);
      break;
    }
    case ast::ExprKind::Tuple: unpack_targets(static_cast<const ast::Tuple*>(t)->elts, t->loc); break;
    case ast::ExprKind::List: unpack_targets(static_cast<const ast::List*>(t)->elts, t->loc); break;
    case ast::ExprKind::Starred:
      syntax_error(t->loc, "starred assignment target must be in a list or tuple");
    default: syntax_error(t->loc, "cannot assign to expression");
  }
}

void CodeGen::unpack_targets(const std::vector<ast::Expr*>& elts, SourceLocation loc) {
  std::size_t star = elts.size();
  for (std::size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ast::ExprKind::Starred) {
      if (star != elts.size()) syntax_error(elts[i]->loc, "multiple starred expressions in assignment");
      star = i;
    }
  }
  if (star == elts.size()) {
    emit(Op::UnpackSequence, static_cast<std::uint32_t>(elts.size()));
  } else {
    std::size_t after = elts.size() - star - 1;
    if (star > 255 || after > 255) syntax_error(loc, "too many expressions in star-unpacking assignment");
    emit(Op::UnpackEx, static_cast<std::uint32_t>(star | (after << 8)));
  }
  for (const ast::Expr* e : elts) {
    if (e->kind == ast::ExprKind::Starred) store(static_cast<const ast::Starred*>(e)->value);
    else store(e);
  }
}

void CodeGen::call(const ast::Call* c) {
  bool complex = has_starred(c->args);
  for (const auto& k : c->keywords)
    if (k.arg.empty()) complex = true;
  if (complex) {
    call_ex(c, false);
    return;
  }
  bool method = c->func->kind == ast::ExprKind::Attribute;
  if (method) {
    const auto* a = static_cast<const ast::Attribute*>(c->func);
    expr(a->value);
    set_loc(a->loc);
    emit(Op::LoadMethod, add_name(mangle(a->attr)));
  } else {
    expr(c->func);
  }
  for (const ast::Expr* a : c->args) expr(a);
  for (const auto& k : c->keywords) expr(k.value);
  std::uint32_t argc = static_cast<std::uint32_t>(c->args.size() + c->keywords.size());
  set_loc(c->loc);
  if (!c->keywords.empty()) {
    Tuple* names = rt_.new_tuple(c->keywords.size());
    std::string key = "kw";
    for (std::size_t i = 0; i < c->keywords.size(); ++i) {
      names->items()[i] = Value::object(rt_.intern(c->keywords[i].arg));
      key += ":" + c->keywords[i].arg;
    }
    emit(Op::KwNames, add_const(Value::object(names), key));
  }
  emit(method ? Op::CallMethod : Op::Call, argc);
}

void CodeGen::call_ex(const ast::Call* c, bool) {
  expr(c->func);
  emit(Op::BuildList, 0);
  for (const ast::Expr* a : c->args) {
    if (a->kind == ast::ExprKind::Starred) {
      expr(static_cast<const ast::Starred*>(a)->value);
      emit(Op::ListExtend, 1);
    } else {
      expr(a);
      emit(Op::ListAppend, 1);
    }
  }
  emit(Op::ListToTuple);
  std::uint32_t flags = 0;
  if (!c->keywords.empty()) {
    emit(Op::BuildMap, 0);
    for (const auto& k : c->keywords) {
      if (k.arg.empty()) {
        expr(k.value);
        emit(Op::DictMerge, 1);
      } else {
        load_const_value(Value::object(rt_.intern(k.arg)), "s:" + k.arg);
        expr(k.value);
        emit(Op::BuildMap, 1);
        emit(Op::DictMerge, 1);
      }
    }
    flags = 1;
  }
  set_loc(c->loc);
  emit(Op::CallEx, flags);
}

void CodeGen::compare(const ast::Compare* c) {
  auto emit_cmp = [&](ast::CmpOpKind op) {
    switch (op) {
      case ast::CmpOpKind::Is: emit(Op::IsOp, 0); break;
      case ast::CmpOpKind::IsNot: emit(Op::IsOp, 1); break;
      case ast::CmpOpKind::In: emit(Op::ContainsOp, 0); break;
      case ast::CmpOpKind::NotIn: emit(Op::ContainsOp, 1); break;
      default: emit(Op::CompareOp, static_cast<std::uint32_t>(to_cmpop(op)));
    }
  };
  expr(c->left);
  if (c->ops.size() == 1) {
    expr(c->comparators[0]);
    set_loc(c->loc);
    emit_cmp(c->ops[0]);
    return;
  }
  Label cleanup = new_label(), end = new_label();
  for (std::size_t i = 0; i + 1 < c->ops.size(); ++i) {
    expr(c->comparators[i]);
    emit(Op::Swap, 2);
    emit(Op::Copy, 2);
    set_loc(c->loc);
    emit_cmp(c->ops[i]);
    emit_jump(Op::JumpIfFalseOrPop, cleanup);
  }
  expr(c->comparators.back());
  set_loc(c->loc);
  emit_cmp(c->ops.back());
  emit_jump(Op::Jump, end);
  bind(cleanup);  // [b, result]
  emit(Op::Swap, 2);
  emit(Op::PopTop);
  bind(end);
}

void CodeGen::bool_op(const ast::BoolOp* b) {
  Label end = new_label();
  Op jump = b->op == ast::BoolOpKind::And ? Op::JumpIfFalseOrPop : Op::JumpIfTrueOrPop;
  for (std::size_t i = 0; i < b->values.size(); ++i) {
    expr(b->values[i]);
    if (i + 1 < b->values.size()) emit_jump(jump, end);
  }
  bind(end);
}

void CodeGen::jump_if(const ast::Expr* e, bool cond, Label target) {
  if (e->kind == ast::ExprKind::UnaryOp &&
      static_cast<const ast::UnaryOp*>(e)->op == ast::UnaryOpKind::Not) {
    jump_if(static_cast<const ast::UnaryOp*>(e)->operand, !cond, target);
    return;
  }
  if (e->kind == ast::ExprKind::BoolOp) {
    const auto* b = static_cast<const ast::BoolOp*>(e);
    bool is_and = b->op == ast::BoolOpKind::And;
    if (is_and != cond) {
      // and/false or or/true: any element decides.
      for (const ast::Expr* v : b->values) jump_if(v, cond, target);
    } else {
      Label skip = new_label();
      for (std::size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, skip);
      jump_if(b->values.back(), cond, target);
      bind(skip);
    }
    return;
  }
  expr(e);
  emit_jump(cond ? Op::PopJumpIfTrue : Op::PopJumpIfFalse, target);
}

void CodeGen::sequence_display(const std::vector<ast::Expr*>& elts, ast::ExprKind kind) {
  if (has_starred(elts)) {
    if (kind == ast::ExprKind::Set) {
      emit(Op::BuildSet, 0);
      for (const ast::Expr* e : elts) {
        if (e->kind == ast::ExprKind::Starred) {
          expr(static_cast<const ast::Starred*>(e)->value);
          emit(Op::SetUpdate, 1);
        } else {
          expr(e);
          emit(Op::SetAdd, 1);
        }
      }
      return;
    }
    emit(Op::BuildList, 0);
    for (const ast::Expr* e : elts) {
      if (e->kind == ast::ExprKind::Starred) {
        expr(static_cast<const ast::Starred*>(e)->value);
        emit(Op::ListExtend, 1);
      } else {
        expr(e);
        emit(Op::ListAppend, 1);
      }
    }
    if (kind == ast::ExprKind::Tuple) emit(Op::ListToTuple);
    return;
  }
  if (kind == ast::ExprKind::Set && elts.size() > 2 && is_constant_tuple(elts)) {
    // As CPython 3.11: an empty set updated from a frozenset constant, so the
    // iteration order matches (the frozenset's table order, not source order).
    std::vector<Value> items;
    std::string key = "fs";
    for (const ast::Expr* e : elts) {
      std::string k;
      Value v;
      fold(e, v, k);
      items.push_back(v);
      key += "|" + k;
    }
    Set* fs = frozenset_constant(rt_, items.data(), items.size());
    if (!fs) {
      rt_.pending_exc = Value();
      syntax_error(elts[0]->loc, "unhashable constant in set display");
    }
    emit(Op::BuildSet, 0);
    emit(Op::LoadConst, add_const(Value::object(fs), key));
    emit(Op::SetUpdate, 1);
    return;
  }
  if (kind == ast::ExprKind::Tuple && is_constant_tuple(elts)) {
    Tuple* t = rt_.new_tuple(elts.size());
    std::string key = "t";
    for (std::size_t i = 0; i < elts.size(); ++i) {
      std::string k;
      Value v;
      fold(elts[i], v, k);
      t->items()[i] = v;
      key += "|" + k;
    }
    emit(Op::LoadConst, add_const(Value::object(t), key));
    return;
  }
  for (const ast::Expr* e : elts) expr(e);
  std::uint32_t n = static_cast<std::uint32_t>(elts.size());
  emit(kind == ast::ExprKind::List ? Op::BuildList : kind == ast::ExprKind::Tuple ? Op::BuildTuple : Op::BuildSet, n);
}

void CodeGen::dict_display(const ast::Dict* d) {
  bool has_unpack = false;
  for (const ast::Expr* k : d->keys)
    if (!k) has_unpack = true;
  if (!has_unpack) {
    for (std::size_t i = 0; i < d->keys.size(); ++i) {
      expr(d->keys[i]);
      expr(d->values[i]);
    }
    emit(Op::BuildMap, static_cast<std::uint32_t>(d->keys.size()));
    return;
  }
  emit(Op::BuildMap, 0);
  for (std::size_t i = 0; i < d->keys.size(); ++i) {
    if (!d->keys[i]) {
      expr(d->values[i]);
      emit(Op::DictUpdate, 1);
    } else {
      expr(d->keys[i]);
      expr(d->values[i]);
      emit(Op::MapAdd, 1);
    }
  }
}

void CodeGen::joined_str(const ast::JoinedStr* j) {
  std::uint32_t n = 0;
  for (const ast::Expr* v : j->values) {
    if (v->kind == ast::ExprKind::Constant) {
      std::string key;
      Value c = constant_value(v, key);
      emit(Op::LoadConst, add_const(c, key));
    } else {
      const auto* f = static_cast<const ast::FormattedValue*>(v);
      expr(f->value);
      std::uint32_t flags = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
      if (f->format_spec) {
        joined_str(f->format_spec);
        flags |= 4;
      }
      emit(Op::FormatValue, flags);
    }
    ++n;
  }
  if (n == 0) {
    emit(Op::LoadConst, add_const(Value::object(rt_.intern("")), "s:"));
  } else if (n > 1 || j->values[0]->kind == ast::ExprKind::Constant) {
    if (n > 1) emit(Op::BuildString, n);
  }
}

}  // namespace stk
