// The interpreter loop as a whole: calls without C recursion, the recursion limit,
// exception unwinding and tracebacks, collection at safe points.
#include <catch2/catch.hpp>

#include "../support/test_vm.hpp"

using stk::test::last_line;
using stk::test::run_source;

TEST_CASE("a 150,000-deep Python recursion completes without C recursion", "[vm]") {
  auto r = run_source(
      "import sys\n"
      "sys.setrecursionlimit(200000)\n"
      "def down(n):\n"
      "    return 0 if n == 0 else 1 + down(n - 1)\n"
      "print(down(150000))\n");
  CHECK(r.status == 0);
  CHECK(r.out == "150000\n");
}

TEST_CASE("the default recursion limit raises a catchable RecursionError", "[vm]") {
  auto r = run_source(
      "def f(n):\n"
      "    return f(n + 1)\n"
      "try:\n"
      "    f(0)\n"
      "except RecursionError as e:\n"
      "    print(type(e).__name__, e)\n"
      "print(f.__name__)\n");
  CHECK(r.status == 0);
  CHECK(r.out == "RecursionError maximum recursion depth exceeded\nf\n");
}

TEST_CASE("an uncaught exception prints a CPython-shaped traceback and exits 1", "[vm]") {
  auto r = run_source(
      "def inner():\n"
      "    return 1 // 0\n"
      "def outer():\n"
      "    inner()\n"
      "outer()\n");
  CHECK(r.status == 1);
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
        "  File \"test.py\", line 5, in <module>\n"
        "    outer()\n"
        "  File \"test.py\", line 4, in outer\n"
        "    inner()\n"
        "  File \"test.py\", line 2, in inner\n"
        "    return 1 // 0\n"
        "ZeroDivisionError: integer division or modulo by zero\n");
}

TEST_CASE("chained exceptions print cause and context sections", "[vm]") {
  auto r = run_source(
      "try:\n"
      "    {}['k']\n"
      "except KeyError as e:\n"
      "    raise ValueError('bad') from e\n");
  CHECK(r.status == 1);
  CHECK(r.err.find("KeyError: 'k'") != std::string::npos);
  CHECK(r.err.find("The above exception was the direct cause of the following exception:") != std::string::npos);
  CHECK(last_line(r.err) == "ValueError: bad");
}

TEST_CASE("sys.exit codes follow CPython", "[vm]") {
  CHECK(run_source("import sys\nsys.exit(3)\n").status == 3);
  CHECK(run_source("import sys\nsys.exit()\n").status == 0);
  auto r = run_source("import sys\nsys.exit('bye')\n");
  CHECK(r.status == 1);
  CHECK(r.err == "bye\n");
}

TEST_CASE("finally blocks run on return, break and continue", "[vm]") {
  auto r = run_source(
      "def f():\n"
      "    for i in range(3):\n"
      "        try:\n"
      "            if i == 0:\n"
      "                continue\n"
      "            if i == 1:\n"
      "                break\n"
      "        finally:\n"
      "            print('fin', i)\n"
      "    try:\n"
      "        return 'r'\n"
      "    finally:\n"
      "        print('last')\n"
      "print(f())\n");
  CHECK(r.out == "fin 0\nfin 1\nlast\nr\n");
}

TEST_CASE("a program stays correct when the collector runs at every safe point", "[vm][gc]") {
  const char* program =
      "def make(n):\n"
      "    cells = []\n"
      "    for i in range(n):\n"
      "        cells.append(lambda i=i: [i, str(i), (i, i * 2)])\n"
      "    return cells\n"
      "total = 0\n"
      "for f in make(300):\n"
      "    v = f()\n"
      "    total += v[0] + len(v[1]) + v[2][1]\n"
      "d = {str(k): [k] * 3 for k in range(200)}\n"
      "print(total, len(d), d['199'])\n";
  auto normal = run_source(program, false);
  auto stressed = run_source(program, true);
  CHECK(normal.status == 0);
  CHECK(normal.out == "135340 200 [199, 199, 199]\n");
  CHECK(stressed.out == normal.out);
}

TEST_CASE("compile errors are one line naming kind, file, line and column", "[vm]") {
  auto r = run_source("print('never')\nasync def f():\n    pass\n");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "NotImplementedError: 'async def' is not supported (test.py, line 2, column 1)\n");
}

TEST_CASE("special methods and generator resumes nest without C recursion", "[vm]") {
  // 100,000 levels: far beyond what nested C++ calls could take on the C stack.
  auto r = run_source(
      "import sys\n"
      "sys.setrecursionlimit(300000)\n"
      "def chain(n):\n"
      "    if n == 0:\n"
      "        yield 0\n"
      "    else:\n"
      "        inner = chain(n - 1)\n"
      "        yield next(inner) + 1\n"
      "print(next(chain(100000)))\n"
      "class Node:\n"
      "    def __init__(self, nxt):\n"
      "        self.nxt = nxt\n"
      "    def __eq__(self, other):\n"
      "        if self.nxt is None:\n"
      "            return other.nxt is None\n"
      "        return self.nxt == other.nxt\n"
      "a = b = None\n"
      "for i in range(100000):\n"
      "    a = Node(a)\n"
      "    b = Node(b)\n"
      "print(a == b)\n");
  CHECK(r.err.empty());
  CHECK(r.out == "100000\nTrue\n");
}
