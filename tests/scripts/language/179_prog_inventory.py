# program: records as dicts and tuples, grouping, reports
inventory = [
    {"sku": "A100", "name": "widget", "qty": 12, "price": 2.5, "tags": ("metal", "small")},
    {"sku": "B200", "name": "gadget", "qty": 0, "price": 10.0, "tags": ("plastic",)},
    {"sku": "C300", "name": "doohickey", "qty": 5, "price": 7.25, "tags": ("metal", "large")},
    {"sku": "D400", "name": "thingamajig", "qty": 42, "price": 0.99, "tags": ()},
]
total_value = 0
for item in inventory:
    value = item["qty"] * item["price"]
    total_value += value
    print(item["sku"], item["name"].ljust(12), str(item["qty"]).rjust(3), str(round(value, 2)).rjust(7))
print("total", round(total_value, 2))
in_stock = []
for item in inventory:
    if item["qty"] > 0:
        in_stock.append(item["name"])
print(in_stock)
by_tag = {}
for item in inventory:
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(item["sku"])
print(by_tag)
cheapest = min(inventory, key=lambda it: it["price"])
priciest = max(inventory, key=lambda it: it["price"])
print(cheapest["name"], priciest["name"])
ranked = sorted(inventory, key=lambda it: (-it["qty"], it["name"]))
print(list(map(lambda it: it["sku"], ranked)))
orders = [("A100", 5), ("B200", 1), ("C300", 5), ("A100", 10), ("Z999", 1)]
index = {}
for item in inventory:
    index[item["sku"]] = item
for sku, qty in orders:
    try:
        item = index[sku]
        if item["qty"] < qty:
            raise ValueError("only " + str(item["qty"]) + " left of " + sku)
        item["qty"] -= qty
        print("shipped", qty, sku)
    except KeyError as e:
        print("unknown sku", e)
    except ValueError as e:
        print("cannot ship:", e)
print(list(map(lambda it: (it["sku"], it["qty"]), inventory)))
