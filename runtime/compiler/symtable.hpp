// Scope analysis: decides, for every name in every scope, whether it is a fast
// local, a cell (a local captured by an inner function), a free variable (captured
// from an enclosing function), a global, or a name looked up at run time (class
// bodies). Runs over the whole module before code generation, as CPython's
// symtable.c does, because a name's kind depends on inner scopes seen later.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.hpp"

namespace stk {

enum class NameKind { Local, Cell, Free, GlobalExplicit, GlobalImplicit, Name };

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  // Raw facts gathered from the AST.
  std::vector<std::string> params;  // in parameter order
  std::vector<std::string> bound_order;  // every locally bound name, first binding first
  std::unordered_map<std::string, int> flags;
  std::unordered_map<std::string, SourceLocation> declared_at;  // global/nonlocal statements
  bool is_generator = false;
  bool needs_class_cell = false;  // class scope: a method uses super() or __class__
  bool has_varargs = false;
  bool has_varkw = false;

  // Results.
  std::unordered_map<std::string, NameKind> kinds;
  std::vector<std::string> varnames;  // params first, then other locals
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;

  NameKind kind_of(const std::string& name) const;
  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension;
  }
};

class SymbolTable {
 public:
  // Analyses a whole module; throws CompileError (e.g. nonlocal without binding).
  explicit SymbolTable(const ast::Module& module) : SymbolTable(module, false) {}
  // `names_in_locals`: top-level names resolve like a class body's (a locals
  // dict, then globals, then builtins): a debugger's expression in a frame.
  SymbolTable(const ast::Module& module, bool names_in_locals);
  // The scope created by a FunctionDef, Lambda, Comp, ClassDef node.
  Scope* scope_for(const ast::Node* node) const;
  Scope* module_scope() const { return root_.get(); }

 private:
  std::unique_ptr<Scope> root_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
  friend class SymbolCollector;
};

}  // namespace stk
