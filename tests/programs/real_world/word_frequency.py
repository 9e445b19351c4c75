# Word frequency count over an embedded text, ranked by count then alphabetically.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""
def normalize(word):
    word = word.lower()
    cleaned = ""
    for ch in word:
        if ch.isalpha() or ch == "'":
            cleaned += ch
    return cleaned
counts = {}
for raw in TEXT.split():
    w = normalize(raw)
    if w:
        counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
for word, n in ranked[:8]:
    print(word.ljust(12), str(n).rjust(3), "#" * n)
singles = []
for word, n in ranked:
    if n == 1:
        singles.append(word)
print("used once:", ", ".join(singles))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | distinct words: 20
# | total words: 60
# | it            10 ##########
# | of            10 ##########
# | the           10 ##########
# | was           10 ##########
# | age            2 ##
# | epoch          2 ##
# | season         2 ##
# | times          2 ##
# | used once: belief, best, darkness, despair, foolishness, hope, incredulity, light, spring, winter, wisdom, worst
