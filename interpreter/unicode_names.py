#!/usr/bin/env python3
"""Generates interpreter/unicode_names.inc, the name table behind the "\\N{NAME}" escape.

Run with CPython 3.11 (Unicode 14.0.0) from the repository root:
    python3 interpreter/unicode_names.py [path/to/perl/unicore/Name.pl]

The table holds exactly what CPython 3.11's `"\\N{...}"` accepts:
  * every character name from unicodedata.name(), except the ones CPython computes
    (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...), which unicode_names.cpp derives itself;
    CJK COMPATIBILITY IDEOGRAPH-, KHITAN SMALL SCRIPT CHARACTER- and NUSHU CHARACTER- names are
    stored as code point ranges rather than as words;
  * the formal name aliases (NameAliases.txt). unicodedata cannot list them, so candidates are
    read from Perl's copy of the Unicode 14 names (Debian's perl-modules) and each one is kept
    only if CPython itself resolves it to that single code point. Named sequences are dropped:
    "\\N{...}" does not accept them.

Encoding (all data is plain string literals and small integer arrays, so it compiles fast):
  kWords    " W0 W1 W2 ... " -- the distinct words, most frequent first.
  kNames    "|" name "|" name "|" ... -- each name is its words' indices in a prefix code over
            kCodeAlphabet (printable characters that need no escaping): one symbol for the
            most frequent words, two or three for the rest. Names are in code point order.
  kNameRuns {first code point, count} runs giving each name's code point, in kNames order.
  k*Ranges  inclusive code point ranges for the names built as PREFIX + "%04X".
"""

import collections
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

OUT = "interpreter/unicode_names.inc"
PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"

# Prefixes CPython 3.11 resolves in code (unicodedata.c: _getcode), never through its table.
COMPUTED_PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")
# Names of the form PREFIX + "%04X" that are ordinary table entries in CPython (case-insensitive);
# gilt keeps them as ranges instead of spending a dictionary word on every hex number.
RANGE_PREFIXES = {
    "CJK COMPATIBILITY IDEOGRAPH-": "kCjkCompatibilityRanges",
    "KHITAN SMALL SCRIPT CHARACTER-": "kKhitanRanges",
    "NUSHU CHARACTER-": "kNushuRanges",
}
# Symbols of the word code: printable ASCII minus '"', '\\', '?' (no escapes, no trigraphs) and
# the name separator '|'.
SEPARATOR = "|"
ALPHABET = "".join(
    chr(c) for c in range(0x20, 0x7F) if chr(c) not in '"\\?' + SEPARATOR
)


def to_ranges(cps):
    ranges = []
    for cp in sorted(cps):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def escape_accepts(name):
    try:
        return eval('"\\N{%s}"' % name)
    except SyntaxError:
        return None


def read_aliases(path, names_by_cp):
    aliases = set()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.strip("\n").split("\n\n"):
        cps, name = entry.split("\n")
        if " " in cps:
            continue  # named sequence
        cp = int(cps, 16)
        if names_by_cp.get(cp) == name:
            continue
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue  # a Perl-only name
        if found == chr(cp) and escape_accepts(name) == chr(cp):
            aliases.add((cp, name))
    return aliases


def encode(index, one, two):
    size = len(ALPHABET)
    if index < one:
        return ALPHABET[index]
    index -= one
    if index < two * size:
        return ALPHABET[one + index // size] + ALPHABET[index % size]
    index -= two * size
    lead, rest = divmod(index, size * size)
    return ALPHABET[one + two + lead] + ALPHABET[rest // size] + ALPHABET[rest % size]


def best_layout(freq_sorted):
    """Returns (one, two): codes [0, one) take one symbol, the next two*|A| take two symbols and
    the rest three; picked to make the whole kNames string shortest."""
    size = len(ALPHABET)
    prefix = [0]
    for _, n in freq_sorted:
        prefix.append(prefix[-1] + n)
    count = len(freq_sorted)
    best = None
    for one in range(size):
        for two in range(size - one):
            if one + two * size + (size - one - two) * size * size < count:
                continue
            end_one = min(one, count)
            end_two = min(one + two * size, count)
            total = prefix[end_one] + 2 * (prefix[end_two] - prefix[end_one])
            total += 3 * (prefix[count] - prefix[end_two])
            if best is None or total < best[0]:
                best = (total, one, two)
    return best[1], best[2]


def literal_lines(text, width=100):
    return "\n".join('    "%s"' % text[i : i + width] for i in range(0, len(text), width))


def int_array(values, per_line=8):
    items = ["0x%X" % v for v in values]
    return "\n".join(
        "    " + ", ".join(items[i : i + per_line]) + ","
        for i in range(0, len(items), per_line)
    )


def main():
    perl_names = sys.argv[1] if len(sys.argv) > 1 else PERL_NAMES
    names_by_cp = {}
    ranged = collections.defaultdict(list)
    computed = collections.defaultdict(list)
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        names_by_cp[cp] = name
        prefix = next((p for p in COMPUTED_PREFIXES if name.startswith(p)), None)
        if prefix:
            computed[prefix].append(cp)
            continue
        prefix = next((p for p in RANGE_PREFIXES if name.startswith(p)), None)
        if prefix:
            assert name == prefix + "%04X" % cp, name
            ranged[prefix].append(cp)

    aliases = read_aliases(perl_names, names_by_cp)
    assert len(aliases) > 400, len(aliases)  # NameAliases.txt 14.0 minus nothing CPython rejects

    entries = [
        (cp, name)
        for cp, name in names_by_cp.items()
        if not name.startswith(COMPUTED_PREFIXES + tuple(RANGE_PREFIXES))
    ]
    for cp, alias in aliases:
        assert not alias.startswith(COMPUTED_PREFIXES + tuple(RANGE_PREFIXES)), alias
    entries += sorted(aliases)
    entries.sort()
    assert len({n for _, n in entries}) == len(entries), "duplicate names"
    for _, name in entries:
        words = name.split(" ")
        assert all(words) and all(set(w) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") for w in words)

    freq = collections.Counter(w for _, n in entries for w in n.split(" "))
    freq_sorted = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    one, two = best_layout(freq_sorted)
    index = {w: i for i, (w, _) in enumerate(freq_sorted)}

    words_text = " " + " ".join(w for w, _ in freq_sorted) + " "
    names_text = SEPARATOR + "".join(
        "".join(encode(index[w], one, two) for w in n.split(" ")) + SEPARATOR for _, n in entries
    )
    runs = []
    for cp, _ in entries:
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1])

    # The CJK unified ranges CPython 3.11 accepts (unicodedata.c: is_unified_ideograph).
    for cp in computed["CJK UNIFIED IDEOGRAPH-"]:
        assert names_by_cp[cp] == "CJK UNIFIED IDEOGRAPH-%04X" % cp
    cjk_unified = to_ranges(computed["CJK UNIFIED IDEOGRAPH-"])
    hangul = to_ranges(computed["HANGUL SYLLABLE "])
    assert hangul == [[0xAC00, 0xD7A3]], hangul

    out = []
    out.append("// Generated by interpreter/unicode_names.py from CPython 3.11's unicodedata")
    out.append("// (Unicode %s). Do not edit; see the script for the encoding." % unicodedata.unidata_version)
    out.append("// clang-format off")
    out.append("")
    out.append("constexpr int kWordCount = %d;" % len(freq_sorted))
    out.append("constexpr int kNameCount = %d;  // %d aliases included" % (len(entries), len(aliases)))
    out.append("constexpr int kOneSymbolCodes = %d;" % one)
    out.append("constexpr int kTwoSymbolLeads = %d;" % two)
    out.append('constexpr char kCodeAlphabet[] = "%s";' % ALPHABET)
    out.append("constexpr char kNameSeparator = '%s';" % SEPARATOR)
    out.append("")
    out.append("constexpr char kWords[] =")
    out.append(literal_lines(words_text) + ";")
    out.append("")
    out.append("constexpr char kNames[] =")
    out.append(literal_lines(names_text) + ";")
    out.append("")
    out.append("constexpr CodeRun kNameRuns[] = {")
    out.append("\n".join("    {0x%X, %d}," % (a, b) for a, b in runs))
    out.append("};")
    for prefix, array in [("CJK UNIFIED IDEOGRAPH-", "kCjkUnifiedRanges")] + list(RANGE_PREFIXES.items()):
        rs = cjk_unified if array == "kCjkUnifiedRanges" else to_ranges(ranged[prefix])
        out.append("")
        out.append("// %s" % prefix)
        out.append("constexpr CodeRange %s[] = {" % array)
        out.append("\n".join("    {0x%X, 0x%X}," % (a, b) for a, b in rs))
        out.append("};")
    with open(OUT, "w", encoding="ascii") as f:
        f.write("\n".join(out) + "\n")
    print(
        "%s: %d names (%d aliases), %d words, %d runs, layout one=%d two=%d"
        % (OUT, len(entries), len(aliases), len(freq_sorted), len(runs), one, two)
    )


if __name__ == "__main__":
    main()
