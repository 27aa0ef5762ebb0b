class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __lt__(self, o): return self.cents < o.cents
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
wallet = [Money(150), Money(25), Money(1000)]
print(sum(wallet), sorted(wallet), max(wallet), Money(0) or "empty")
print(len(set(wallet + [Money(25)])), Money(1) in wallet, Money(25) in wallet)
print(wallet.index(Money(25)), wallet.count(Money(150)))
print({Money(1): "a"}[Money(1)])
print(sorted(wallet, reverse=True))
class Ctx:
    def __enter__(self): return "value"
    def __exit__(self, *a): return False
with Ctx() as v:
    print(v)
