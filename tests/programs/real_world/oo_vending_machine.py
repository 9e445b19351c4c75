# A vending machine with coin handling, stock, change making and a family of custom exceptions.
class VendingError(Exception):
    pass


class SoldOut(VendingError):
    def __init__(self, item):
        super().__init__(item + " is sold out")
        self.item = item


class NotEnoughMoney(VendingError):
    def __init__(self, needed, inserted):
        super().__init__("need " + str(needed) + " more cents")
        self.missing = needed
        self.inserted = inserted


class InvalidCoin(VendingError):
    pass


class UnknownItem(VendingError):
    pass


class VendingMachine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.inserted = 0
        self.bank = 0

    def insert(self, coin):
        if coin not in self.COINS:
            raise InvalidCoin("rejected coin " + str(coin))
        self.inserted += coin

    def change_for(self, amount):
        coins = []
        for c in self.COINS:
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins

    def buy(self, item):
        if item not in self.stock:
            raise UnknownItem(item)
        price, count = self.stock[item]
        if count == 0:
            raise SoldOut(item)
        if self.inserted < price:
            raise NotEnoughMoney(price - self.inserted, self.inserted)
        self.stock[item] = (price, count - 1)
        change = self.change_for(self.inserted - price)
        self.bank += price
        self.inserted = 0
        return item, change

    def cancel(self):
        back = self.change_for(self.inserted)
        self.inserted = 0
        return back


vm = VendingMachine({"cola": (150, 2), "chips": (85, 1), "gum": (35, 0)})
script = [("insert", 100), ("buy", "cola"), ("insert", 100), ("buy", "cola"),
          ("insert", 200), ("buy", "cola"), ("insert", 3), ("buy", "cola"),
          ("insert", 50), ("buy", "gum"), ("buy", "water"), ("insert", 20),
          ("buy", "chips"), ("cancel", None), ("insert", 100), ("buy", "chips")]
for action, arg in script:
    try:
        if action == "insert":
            vm.insert(arg)
            print("inserted", arg, "total", vm.inserted)
        elif action == "buy":
            print("bought", vm.buy(arg))
        else:
            print("cancel returns", vm.cancel())
    except NotEnoughMoney as e:
        print("NotEnoughMoney:", e, "| inserted", e.inserted)
    except SoldOut as e:
        print("SoldOut:", e, "| item", e.item)
    except VendingError as e:
        print(type(e).__name__ + ":", e)
print("bank", vm.bank, "stock", vm.stock)
print(isinstance(UnknownItem("x"), VendingError), isinstance(UnknownItem("x"), LookupError))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | inserted 100 total 100
# | NotEnoughMoney: need 50 more cents | inserted 100
# | inserted 100 total 200
# | bought ('cola', [50])
# | inserted 200 total 200
# | bought ('cola', [50])
# | InvalidCoin: rejected coin 3
# | SoldOut: cola is sold out | item cola
# | inserted 50 total 50
# | SoldOut: gum is sold out | item gum
# | UnknownItem: water
# | inserted 20 total 70
# | NotEnoughMoney: need 15 more cents | inserted 70
# | cancel returns [50, 20]
# | inserted 100 total 100
# | bought ('chips', [10, 5])
# | bank 385 stock {'cola': (150, 0), 'chips': (85, 0), 'gum': (35, 0)}
# | True False
