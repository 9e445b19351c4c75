# A shopping cart with properties (computed totals, validated quantity setter) and discounts.
class Item:
    def __init__(self, name, price_cents, qty=1):
        self.name = name
        self.price = price_cents
        self.qty = qty

    @property
    def qty(self):
        return self._qty

    @qty.setter
    def qty(self, value):
        if not isinstance(value, int) or value < 1:
            raise ValueError("quantity must be a positive int, got " + repr(value))
        self._qty = value

    @property
    def subtotal(self):
        return self.price * self.qty


def cents(c):
    s = str(c % 100)
    if len(s) < 2:
        s = "0" + s
    return str(c // 100) + "." + s


class Cart:
    def __init__(self):
        self.items = {}
        self._discount = 0

    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def remove(self, name):
        del self.items[name]

    @property
    def discount_percent(self):
        return self._discount

    @discount_percent.setter
    def discount_percent(self, p):
        if not 0 <= p <= 50:
            raise ValueError("discount out of range")
        self._discount = p

    @property
    def subtotal(self):
        return sum(i.subtotal for i in self.items.values())

    @property
    def total(self):
        return self.subtotal - self.subtotal * self._discount // 100

    @property
    def count(self):
        return sum(i.qty for i in self.items.values())

    def receipt(self):
        lines = []
        for name in sorted(self.items):
            it = self.items[name]
            lines.append(name + " x" + str(it.qty) + " = " + cents(it.subtotal))
        lines.append("subtotal " + cents(self.subtotal))
        if self._discount:
            lines.append("discount " + str(self._discount) + "%")
        lines.append("total " + cents(self.total))
        return "\n".join(lines)


cart = Cart()
cart.add("apple", 45, 4)
cart.add("bread", 299)
cart.add("apple", 45, 2)
cart.add("milk", 125, 2)
print(cart.receipt())
print("items", cart.count)
cart.discount_percent = 15
print(cart.receipt())
for bad in [0, -2, "3"]:
    try:
        cart.items["milk"].qty = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    cart.discount_percent = 80
except ValueError as e:
    print("ValueError:", e)
try:
    cart.total = 5
except AttributeError as e:
    print("AttributeError:", e)
cart.remove("bread")
print(cart.total, cart.count)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | apple x6 = 2.70
# | bread x1 = 2.99
# | milk x2 = 2.50
# | subtotal 8.19
# | total 8.19
# | items 9
# | apple x6 = 2.70
# | bread x1 = 2.99
# | milk x2 = 2.50
# | subtotal 8.19
# | discount 15%
# | total 6.97
# | ValueError: quantity must be a positive int, got 0
# | ValueError: quantity must be a positive int, got -2
# | ValueError: quantity must be a positive int, got '3'
# | ValueError: discount out of range
# | AttributeError: property 'total' of 'Cart' object has no setter
# | 442 8
