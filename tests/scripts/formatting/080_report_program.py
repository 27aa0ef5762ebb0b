# A small report generator mixing every formatting style, as teaching programs do.
inventory = [
    {"sku": "A-100", "name": "Widget", "qty": 1200, "price": 2.5},
    {"sku": "B-220", "name": "Gadget (deluxe)", "qty": 35, "price": 129.99},
    {"sku": "C-003", "name": "Sprocket", "qty": 0, "price": 0.35},
    {"sku": "D-777", "name": "Thingamajig", "qty": 98765, "price": 0.0125},
]
header = "{:<6} {:<16} {:>8} {:>10} {:>12}".format("SKU", "Name", "Qty", "Price", "Value")
print(header)
print("-" * len(header))
total = 0.0
for item in inventory:
    value = item["qty"] * item["price"]
    total += value
    print(f"{item['sku']:<6} {item['name'][:16]:<16} {item['qty']:>8,} {item['price']:>10.4f} {value:>12,.2f}")
print("-" * len(header))
print("%-6s %-16s %8s %10s %12s" % ("", "TOTAL", "", "", format(total, ",.2f")))
print("Items out of stock: %d of %d (%.1f%%)" % (sum(1 for i in inventory if i["qty"] == 0), len(inventory),
                                                 100 * sum(1 for i in inventory if i["qty"] == 0) / len(inventory)))
share = {i["sku"]: i["qty"] * i["price"] / total for i in inventory}
for sku, s in share.items():
    bar = "#" * int(s * 40)
    print(f"{sku} {s:6.1%} |{bar:<40}|")
print("{0[sku]} is the {1} item: {0[name]!r}".format(inventory[1], "priciest"))
print("%(sku)s: %(qty)06d @ %(price)8.3e" % inventory[3])
summary = {"count": len(inventory), "total": total, "mean": total / len(inventory)}
print("count={count} total={total:,.2f} mean={mean:.3g}".format_map(summary))
print(f"{'done':=^30}")
