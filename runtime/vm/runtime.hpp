// Runtime: the state of one VM — heap, builtin types, singletons, interned
// strings, modules, the tasklets — and the helpers natives use to allocate,
// raise and call. One Runtime is driven by one OS thread at a time. The public
// embedding API (include/stk/vm.hpp) wraps it; nothing outside runtime/ sees it.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gc/heap.hpp"
#include "objects/layouts.hpp"
#include "scheduler/tasklet.hpp"
#include "trace/recorder.hpp"

namespace stk {

struct Tasklet;
struct ExecStack;
struct Code;
struct Generator;
struct DebugState;

// Builtin types, each a heap Type owned by this Runtime (rooted).
#define STK_BUILTIN_TYPES(X)                                                        \
  X(object, "object") X(type, "type") X(none, "NoneType") X(bool_, "bool")          \
  X(int_, "int") X(float_, "float") X(str, "str") X(tuple, "tuple") X(list, "list") \
  X(dict, "dict") X(set, "set") X(frozenset, "frozenset") X(range, "range")         \
  X(slice, "slice") X(cell, "cell") X(code, "code") X(function, "function")         \
  X(builtin_function, "builtin_function_or_method") X(method, "method")             \
  X(module, "module") X(not_implemented, "NotImplementedType")                      \
  X(ellipsis, "ellipsis") X(dict_keys, "dict_keys") X(dict_values, "dict_values")   \
  X(dict_items, "dict_items") X(tasklet, "tasklet") X(generator, "generator")       \
  X(property, "property") X(classmethod, "classmethod")                             \
  X(staticmethod, "staticmethod") X(super, "super")    \
  X(traceback, "traceback") X(channel, "channel") X(frame, "frame")

// The exception hierarchy: X(field, "Name", base field).
#define STK_EXCEPTION_TYPES(X)                                            \
  X(BaseException, "BaseException", object)                               \
  X(SystemExit, "SystemExit", BaseException)                              \
  X(TaskletExit, "TaskletExit", SystemExit)                               \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)                \
  X(GeneratorExit, "GeneratorExit", BaseException)                        \
  X(Exception, "Exception", BaseException)                                \
  X(StopIteration, "StopIteration", Exception)                            \
  X(ArithmeticError, "ArithmeticError", Exception)                        \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)              \
  X(OverflowError, "OverflowError", ArithmeticError)                      \
  X(FloatingPointError, "FloatingPointError", ArithmeticError)            \
  X(AssertionError, "AssertionError", Exception)                          \
  X(AttributeError, "AttributeError", Exception)                          \
  X(EOFError, "EOFError", Exception)                                      \
  X(ImportError, "ImportError", Exception)                                \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)              \
  X(LookupError, "LookupError", Exception)                                \
  X(IndexError, "IndexError", LookupError)                                \
  X(KeyError, "KeyError", LookupError)                                    \
  X(MemoryError, "MemoryError", Exception)                                \
  X(NameError, "NameError", Exception)                                    \
  X(UnboundLocalError, "UnboundLocalError", NameError)                    \
  X(OSError, "OSError", Exception)                                        \
  X(RuntimeError, "RuntimeError", Exception)                              \
  X(RecursionError, "RecursionError", RuntimeError)                       \
  X(NotImplementedError, "NotImplementedError", RuntimeError)             \
  X(SyntaxError, "SyntaxError", Exception)                                \
  X(TypeError, "TypeError", Exception)                                    \
  X(ValueError, "ValueError", Exception)                                  \
  X(UnicodeError, "UnicodeError", ValueError)

struct BuiltinTypes {
#define STK_X(field, name) Type* field = nullptr;
  STK_BUILTIN_TYPES(STK_X)
#undef STK_X
  Type* iterators[32] = {};  // indexed by IterKind: list_iterator, range_iterator, ...
};

struct ExceptionTypes {
#define STK_X(field, name, base) Type* field = nullptr;
  STK_EXCEPTION_TYPES(STK_X)
#undef STK_X
};

// Holds a Value across code that may run Python (and so collect). LIFO only.
class Root;

struct Runtime {
  Runtime();
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  Heap heap;
  BuiltinTypes types;
  ExceptionTypes exc;

  // Singletons.
  Obj* none = nullptr;
  BoolObj* true_ = nullptr;
  BoolObj* false_ = nullptr;
  Singleton* not_implemented = nullptr;
  Singleton* ellipsis = nullptr;

  Value None() const { return Value::object(none); }
  Value True() const { return Value::object(true_); }
  Value False() const { return Value::object(false_); }
  Value boolean(bool b) const { return b ? True() : False(); }

  // Modules.
  Module* builtins = nullptr;
  Module* sys = nullptr;
  Dict* modules = nullptr;  // sys.modules
  std::string program_dir;  // where sibling modules are imported from
  // Source text of every compiled file, for tracebacks and the debugger.
  std::unordered_map<std::string, std::string> sources;

  // The exception being raised (set by raise_*, consumed by the loop's unwinder).
  Value pending_exc;

  // Tasklets: `current` runs; `main` is the one the program started in.
  Tasklet* current = nullptr;
  Tasklet* main = nullptr;
  // The runnables ring, run() watchdogs, traps, callbacks and preemption.
  Scheduler sched;
  // The event recorder while a trace is being recorded (null: nobody listens,
  // and every event site costs one predictable branch).
  trace::Recorder* recorder = nullptr;
  // Who listens to scheduler and channel events (trace::Observer bits): the
  // recorder, the schedule and channel callbacks. Kept by
  // events::update_observers (scheduler/events.hpp); 0 = every event site is
  // one untaken branch.
  std::uint8_t observers = 0;
  // The attached debugger's state (vm/debug_state.hpp; null: nobody debugs,
  // and the loop never looks at it between switches).
  DebugState* dbg = nullptr;
  // Set by the interpreter just before it calls a native that may switch
  // tasklets from an instruction (NativeFn::kSwitches); the native reads and
  // clears it. A native reached any other way (from C++ code) must not switch.
  bool switch_ok = false;

  std::uint64_t next_tasklet_id = 0;
  // Bumped whenever a user class's attributes change after creation; attribute
  // caches (AttrCache) are valid only for the epoch they were filled in.
  std::uint64_t class_epoch = 1;
  int recursion_limit = 1000;
  int native_depth = 0;  // nested C++ -> Python loops in progress (vm/nested_loop)
  // The lowest stack address nested calls may reach (a margin above the end of
  // the thread's C stack): past it, Runtime::call raises RecursionError instead
  // of overflowing. Set from the running thread's stack bounds.
  const char* stack_limit = nullptr;

  // Program output goes through these so embedders and the debugger can capture it.
  std::string stdout_buffer;
  // When set (tests, embedders), program output is appended here instead of
  // going to the process's stdout/stderr.
  std::string* capture_stdout = nullptr;
  std::string* capture_stderr = nullptr;
  // When set (a debugger), program output goes here: (is_stderr, text).
  std::function<void(bool, std::string_view)> output_handler;
  void write_stdout(std::string_view s);
  void write_stderr(std::string_view s);
  void flush_stdout();

  // ---- allocation helpers (objects/*.cpp) ----
  Str* intern(std::string_view utf8);
  Str* new_str(std::string_view utf8);  // validates nothing: caller gives valid UTF-8
  Tuple* new_tuple(std::size_t n);      // items null-initialised; fill before use
  List* new_list(std::size_t reserve = 0);
  Dict* new_dict();
  Value new_float(double d);
  NativeFn* new_native(std::string_view name, NativeFnPtr fn, Value self = Value());
  Type* new_type(std::string_view name, Type* base, ObjKind instance_kind, NewFnPtr newfn,
                 std::uint16_t flags);
  Module* new_module(std::string_view name);

  // ---- raising (objects/exception.cpp): each returns Value::null() for `return rt.raise...` ----
  Value raise(Type* type, std::string_view message);
  Value raise_value(Value exception_instance);
  Value raise_type_error(std::string_view message) { return raise(exc.TypeError, message); }
  Value raise_value_error(std::string_view message) { return raise(exc.ValueError, message); }
  Value raise_key_error(Value key);
  Value raise_stop_iteration(Value value);
  // Creates an exception instance of `type` with `args` (a tuple, or null for ()).
  Value new_exception(Type* type, Tuple* args);
  bool exception_matches(Value exc, Type* type) const;

  // ---- calling Python from C++ (vm/nested_loop.cpp) ----
  // Calls any callable and returns its result (null on exception). Python
  // functions run in a nested interpreter loop: a tasklet switch inside raises
  // RuntimeError. Values held across it must be rooted.
  Value call(Value callable, const Value* args, std::size_t n, Tuple* kwnames = nullptr);

  // ops::next on a generator (installed by vm/generators.cpp: objects/ cannot
  // reach the interpreter directly). Value::stop() when exhausted.
  // `returned` receives the generator's return value when it finishes.
  Value (*next_generator)(Runtime& rt, Generator* g, Value* returned) = nullptr;

  // ops::next on a channel from C++ code (list(ch), ...): receives without
  // switching tasklets. Installed by the stackless module.
  Value (*channel_next)(Runtime& rt, Value ch) = nullptr;

  // The builtin `next` (the interpreter resumes generators it is called on as
  // frames; see vm/generators.hpp). Set by the builtins module.
  NativeFn* builtin_next = nullptr;

  // Recycled ExecStacks for nested calls (vm/nested_loop.cpp); empty, not roots.
  std::vector<std::unique_ptr<ExecStack>> spare_stacks;

  // Roots for C++ code that holds Values across `call`.
  std::vector<Value*> temp_roots;

  // Shared one-character ASCII strings (interned, so rooted through `interned`).
  Str* ascii_chars[128] = {};

  // Interned strings: identifiers and constants compare by pointer first.
  std::unordered_map<std::string_view, Str*> interned;

  // Frequently used interned names.
  struct Names {
    Str *__init__, *__name__, *__main__, *__builtins__, *__class__, *__dict__, *__doc__,
        *__module__, *__qualname__, *__iter__, *__next__, *__len__, *__repr__, *__str__,
        *__eq__, *__hash__, *__call__, *__getitem__, *args, *code, *value, *__file__;
  } names{};

  // Objects the runtime keeps alive for its whole life (module objects being
  // imported, the stackless scheduler's state...).
  std::vector<Obj*> extra_roots;

  // Every code object compiled by this runtime, for line tables/debuggers (rooted).
  std::vector<Code*> all_code;

  // GC: marks everything reachable from the runtime's roots, then sweeps.
  void collect_garbage();
};

class Root {
 public:
  Root(Runtime& rt, Value v) : rt_(rt), value_(v) { rt_.temp_roots.push_back(&value_); }
  ~Root() { rt_.temp_roots.pop_back(); }
  Root(const Root&) = delete;
  Root& operator=(const Root&) = delete;
  Value get() const { return value_; }
  void set(Value v) { value_ = v; }
  Value* ptr() { return &value_; }

 private:
  Runtime& rt_;
  Value value_;
};

}  // namespace stk
