// Constant folding, limited to what CPython 3.11's AST optimiser folds (numbers
// and strings under unary and binary operators, within its size limits). It is
// observable: a set display is built from a frozenset constant only when every
// element folds (`{-1, 2**61}`), and that decides the set's iteration order.
#include <gmp.h>

#include "compiler/codegen.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"
#include "vm/runtime.hpp"

namespace stk {
namespace {

constexpr std::size_t kMaxIntBits = 128;   // CPython's MAX_INT_SIZE
constexpr std::size_t kMaxStrSize = 4096;  // MAX_STR_SIZE

std::size_t int_bits(Value v) {
  if (v.is_small()) {
    std::int64_t x = v.small_value();
    std::uint64_t m = x < 0 ? static_cast<std::uint64_t>(-(x + 1)) + 1 : static_cast<std::uint64_t>(x);
    return m == 0 ? 0 : 64 - static_cast<std::size_t>(__builtin_clzll(m));
  }
  if (v.is_obj() && v.obj()->kind == ObjKind::BigInt) return mpz_sizeinbase(v.as<BigInt>()->z, 2);
  return 0;
}

bool is_str(Value v) { return v.is_obj() && v.obj()->kind == ObjKind::Str; }
bool is_number(Value v) {
  return v.is_small() || (v.is_obj() && (v.obj()->kind == ObjKind::BigInt || v.obj()->kind == ObjKind::Float ||
                                         v.obj()->kind == ObjKind::Bool));
}

// CPython's safe_multiply / safe_power / safe_lshift / safe_mod guards.
bool safe(BinOp op, Value a, Value b) {
  bool ints = is_int(a) && is_int(b);
  switch (op) {
    case BinOp::Mul:
      if (ints) return int_bits(a) + int_bits(b) <= kMaxIntBits;
      if (is_str(a) && is_int(b)) return b.is_small() && b.small_value() >= 0 &&
                                         a.as<Str>()->length * static_cast<std::size_t>(b.small_value()) <= kMaxStrSize;
      if (is_int(a) && is_str(b)) return safe(op, b, a);
      return is_number(a) && is_number(b);
    case BinOp::Pow:
      if (ints) return b.is_small() && b.small_value() >= 0 &&
                       int_bits(a) * static_cast<std::size_t>(b.small_value()) <= kMaxIntBits;
      return is_number(a) && is_number(b);
    case BinOp::LShift:
      return ints && b.is_small() && b.small_value() >= 0 && b.small_value() <= static_cast<std::int64_t>(kMaxIntBits) &&
             int_bits(a) <= kMaxIntBits - static_cast<std::size_t>(b.small_value());
    case BinOp::Add:
      if (is_str(a) && is_str(b)) return a.as<Str>()->length + b.as<Str>()->length <= kMaxStrSize;
      return is_number(a) && is_number(b);
    case BinOp::Mod:
      return is_number(a) && is_number(b);  // str % x is formatting: never folded here
    case BinOp::MatMul: return false;
    default: return is_number(a) && is_number(b);
  }
}

}  // namespace

bool CodeGen::fold(const ast::Expr* e, Value& out, std::string& key) {
  switch (e->kind) {
    case ast::ExprKind::Constant: {
      auto k = static_cast<const ast::Constant*>(e)->const_kind;
      if (k == ast::ConstKind::Imaginary || k == ast::ConstKind::Bytes) return false;
      out = constant_value(e, key);
      return true;
    }
    case ast::ExprKind::UnaryOp: {
      const auto* u = static_cast<const ast::UnaryOp*>(e);
      if (u->op == ast::UnaryOpKind::Not) return false;
      Value v;
      std::string k;
      if (!fold(u->operand, v, k) || !is_number(v)) return false;
      UnOp op = u->op == ast::UnaryOpKind::USub ? UnOp::Neg : u->op == ast::UnaryOpKind::UAdd ? UnOp::Pos : UnOp::Invert;
      if (op == UnOp::Invert && !is_int(v)) return false;
      Value r = ops::unary(rt_, op, v);
      if (!r) {
        rt_.pending_exc = Value();
        return false;
      }
      out = r;
      key.clear();
      std::string rep;
      if (!ops::repr_into(rt_, r, rep)) {
        rt_.pending_exc = Value();
        return false;
      }
      key = "v:" + ops::type_name(rt_, r) + ":" + rep;
      return true;
    }
    case ast::ExprKind::BinOp: {
      const auto* b = static_cast<const ast::BinOp*>(e);
      Value x, y;
      std::string kx, ky;
      if (!fold(b->left, x, kx) || !fold(b->right, y, ky)) return false;
      BinOp op = to_binop(b->op);
      if (!safe(op, x, y)) return false;
      Value r = ops::binary(rt_, op, x, y);
      if (!r) {
        rt_.pending_exc = Value();
        return false;
      }
      std::string rep;
      if (!ops::repr_into(rt_, r, rep)) {
        rt_.pending_exc = Value();
        return false;
      }
      out = r;
      key = "v:" + ops::type_name(rt_, r) + ":" + rep;
      return true;
    }
    default: return false;
  }
}

}  // namespace stk
