# Methods returning self allow chained calls (fluent builder).
class Query:
    def __init__(self, table):
        self.table = table
        self.conds = []
        self.limit_n = None

    def where(self, c):
        self.conds.append(c)
        return self

    def limit(self, n):
        self.limit_n = n
        return self

    def build(self):
        s = "SELECT * FROM " + self.table
        if self.conds:
            s += " WHERE " + " AND ".join(self.conds)
        if self.limit_n is not None:
            s += " LIMIT " + str(self.limit_n)
        return s


print(Query("users").where("age > 3").where("name = 'x'").limit(5).build())
print(Query("t").build())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | SELECT * FROM users WHERE age > 3 AND name = 'x' LIMIT 5
# | SELECT * FROM t
