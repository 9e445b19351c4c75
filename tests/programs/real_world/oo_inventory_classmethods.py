# An inventory of products created through classmethod constructors (from CSV lines, from dicts).
class Product:
    tax_percent = 10

    def __init__(self, sku, name, price, stock):
        self.sku = sku
        self.name = name
        self.price = price
        self.stock = stock

    @classmethod
    def from_csv(cls, line):
        sku, name, price, stock = [p.strip() for p in line.split(",")]
        return cls(sku, name, int(price), int(stock))

    @classmethod
    def from_dict(cls, d):
        return cls(d["sku"], d["name"], d.get("price", 0), d.get("stock", 0))

    @staticmethod
    def valid_sku(sku):
        return len(sku) == 5 and sku[:2].isalpha() and sku[2:].isdigit()

    def price_with_tax(self):
        return self.price + self.price * self.tax_percent // 100

    def __repr__(self):
        return type(self).__name__ + "(" + self.sku + ", " + self.name + ")"


class Food(Product):
    tax_percent = 5


class Inventory:
    def __init__(self):
        self.products = {}

    @classmethod
    def from_lines(cls, lines, kind=Product):
        inv = cls()
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            p = kind.from_csv(line)
            if not Product.valid_sku(p.sku):
                print("skipping bad sku", repr(p.sku))
                continue
            inv.add(p)
        return inv

    def add(self, p):
        self.products[p.sku] = p

    def restock(self, sku, n):
        self.products[sku].stock += n

    def sell(self, sku, n):
        p = self.products[sku]
        if p.stock < n:
            raise ValueError("only " + str(p.stock) + " " + p.name + " left")
        p.stock -= n
        return n * p.price_with_tax()

    def low_stock(self, limit):
        return sorted((p for p in self.products.values() if p.stock < limit), key=lambda p: p.stock)

    def value(self):
        return sum(p.price * p.stock for p in self.products.values())


data = """# sku, name, price, stock
AB123, widget, 250, 10
CD456, gadget, 1200, 2
bad1, broken, 1, 1

EF789, gizmo, 75, 40"""
inv = Inventory.from_lines(data.split("\n"))
inv.add(Food.from_dict({"sku": "FD001", "name": "bread", "price": 300, "stock": 5}))
inv.add(Food.from_csv("FD002, jam, 450, 1"))
print(sorted(inv.products))
print(inv.products["FD002"], Food.from_csv("XX000, x, 0, 0").tax_percent)
print(inv.sell("AB123", 3), inv.sell("FD001", 2))
try:
    inv.sell("CD456", 5)
except ValueError as e:
    print("ValueError:", e)
inv.restock("CD456", 1)
print(inv.low_stock(6))
print(inv.value())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | skipping bad sku 'bad1'
# | ['AB123', 'CD456', 'EF789', 'FD001', 'FD002']
# | Food(FD002, jam) 5
# | 825 630
# | ValueError: only 2 gadget left
# | [Food(FD002, jam), Product(CD456, gadget), Food(FD001, bread)]
# | 9700
