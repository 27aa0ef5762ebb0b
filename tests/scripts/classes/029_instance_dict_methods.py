class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

acc = Account("ann", 100)
acc.deposit(50).withdraw(30)
print(acc, acc.history)
try:
    acc.withdraw(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    acc.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
accounts = [Account(n, i * 10) for i, n in enumerate("abc")]
print(sorted(accounts, key=lambda a: -a.balance))
print({a.owner: a.balance for a in accounts})
print(sum(a.balance for a in accounts), max(accounts, key=lambda a: a.balance).owner)
acc.interest = 0.5
print(acc.interest, Account.interest, accounts[0].interest)
print(sorted(acc.__dict__))
