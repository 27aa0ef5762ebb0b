# program: float accounting (compound interest, amortisation, rounding)
def compound(principal, rate, years, per_year):
    amount = principal
    for i in range(years * per_year):
        amount *= 1 + rate / per_year
    return amount
for n in [1, 4, 12, 365]:
    print(n, round(compound(1000.0, 0.05, 10, n), 2))
def payment(principal, annual_rate, months):
    r = annual_rate / 12
    return principal * r / (1 - (1 + r) ** -months)
p = payment(200000, 0.06, 360)
print(round(p, 2))
balance = 200000.0
total_interest = 0.0
for month in range(1, 13):
    interest = balance * 0.06 / 12
    principal_part = p - interest
    balance -= principal_part
    total_interest += interest
    if month in (1, 6, 12):
        print(month, round(interest, 2), round(principal_part, 2), round(balance, 2))
print(round(total_interest, 2))
cents = 0
for i in range(1000):
    cents += 10
print(cents / 100, 0.1 * 1000, sum([0.1] * 1000))
prices = [19.99, 5.01, 3.5, 100.0, 0.49]
subtotal = sum(prices)
tax = round(subtotal * 0.0825, 2)
print(round(subtotal, 2), tax, round(subtotal + tax, 2))
print(round(2.675, 2), round(0.125, 2), round(1.5), round(2.5), round(-0.5))
print(1e-3 * 1e3 == 1.0, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
