# Word count: counts the words of a short text, prints the most frequent ones
# with a bar chart, and some letter statistics. Run: build/bin/stk samples/wordcount.py

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words_of(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if word:
            words.append(word)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def by_count_then_word(item):
    return (-item[1], item[0])


def parse_count(text):
    try:
        return int(text)
    except ValueError:
        return -1


words = words_of(TEXT)
counts = count(words)
print("Words:", len(words), " distinct:", len(counts))
print()

ranked = sorted(counts.items(), key=by_count_then_word)
width = 0
for word, n in ranked:
    width = max(width, len(word))
print("Top 8:")
for word, n in ranked[:8]:
    print("  " + word.ljust(width), str(n).rjust(3), "#" * n)
print()

letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
vowels = 0
for ch in "aeiou":
    vowels += letters.get(ch, 0)
total = sum(letters.values())
print("Letters:", total, " vowels:", vowels, " share:", round(vowels / total, 3))
print("Longest word:", max(words, key=len))
once = []
for word in counts:
    if counts[word] == 1:
        once.append(word)
once.sort()
print("Words that appear once:", ", ".join(once))
print("As numbers:", end=" ")
print(parse_count("42"), parse_count("forty-two"), parse_count("7"), sep=" | ")
