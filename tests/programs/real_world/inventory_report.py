# An inventory report: parse CSV-like records, aggregate by category, handle bad rows.
DATA = """sku,category,qty,price
A100,tools,5,12.50
A101,tools,0,7.25
B200,garden,12,3.10
B201,garden,x,1.00
C300,kitchen,3,22.00
C301,kitchen,7
D400,tools,2,99.99
"""
def parse(text):
    rows = []
    errors = []
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        try:
            if len(fields) != len(header):
                raise ValueError("expected " + str(len(header)) + " fields, got " + str(len(fields)))
            sku, category, qty, price = fields
            rows.append({"sku": sku, "category": category, "qty": int(qty), "price": float(price)})
        except ValueError as e:
            errors.append((number, str(e)))
    return rows, errors
rows, errors = parse(DATA)
by_cat = {}
for r in rows:
    entry = by_cat.setdefault(r["category"], {"items": 0, "units": 0, "value": 0.0})
    entry["items"] += 1
    entry["units"] += r["qty"]
    entry["value"] += r["qty"] * r["price"]
for cat in sorted(by_cat):
    e = by_cat[cat]
    print(cat.ljust(8), e["items"], str(e["units"]).rjust(3), round(e["value"], 2))
out_of_stock = []
for r in rows:
    if r["qty"] == 0:
        out_of_stock.append(r["sku"])
print("out of stock:", out_of_stock)
for line_no, msg in errors:
    print("line", line_no, "skipped:", msg)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | garden   1  12 37.2
# | kitchen  1   3 66.0
# | tools    3   7 262.48
# | out of stock: ['A101']
# | line 5 skipped: invalid literal for int() with base 10: 'x'
# | line 7 skipped: expected 4 fields, got 3
