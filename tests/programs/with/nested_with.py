# Nested with statements exit innermost first; the inner one can suppress before the outer sees it.
class Tag:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, t, v, tb):
        Tag.depth -= 1
        note = "" if t is None else " (" + t.__name__ + ")"
        print("  " * Tag.depth + "</" + self.name + ">" + note)
        return self.suppress


with Tag("html"):
    with Tag("body"):
        with Tag("p"):
            print("    text")
with Tag("outer"):
    with Tag("catcher", suppress=True):
        with Tag("thrower"):
            raise ValueError("x")
    print("  after catcher")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | <html>
# |   <body>
# |     <p>
# |     text
# |     </p>
# |   </body>
# | </html>
# | <outer>
# |   <catcher>
# |     <thrower>
# |     </thrower> (ValueError)
# |   </catcher> (ValueError)
# |   after catcher
# | </outer>
