# format() of str: alignment, fill characters (non-ASCII too), width, precision truncation.
for s in ["", "a", "abc", "héllo", "日本語"]:
    print("[" + format(s, "") + "]", "[" + format(s, "6") + "]", "[" + format(s, ">6") + "]",
          "[" + format(s, "^7") + "]", "[" + format(s, "*<6") + "]", "[" + format(s, "é^8") + "]",
          "[" + format(s, ".2") + "]", "[" + format(s, ">6.1") + "]", "[" + format(s, "s") + "]",
          "[" + format(s, "05") + "]", "[" + format(s, "0>5") + "]")
print("[" + format("abc", "^6") + "]", "[" + format("abc", "^5") + "]", "[" + format("ab", "-^5") + "]")
print("[" + format("x", "<<3") + "]", "[" + format("x", ">>3") + "]", "[" + format("x", "^^3") + "]")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [] [      ] [      ] [       ] [******] [éééééééé] [] [      ] [] [00000] [00000]
# | [a] [a     ] [     a] [   a   ] [a*****] [éééaéééé] [a] [     a] [a] [a0000] [0000a]
# | [abc] [abc   ] [   abc] [  abc  ] [abc***] [ééabcééé] [ab] [     a] [abc] [abc00] [00abc]
# | [héllo] [héllo ] [ héllo] [ héllo ] [héllo*] [éhélloéé] [hé] [     h] [héllo] [héllo] [héllo]
# | [日本語] [日本語   ] [   日本語] [  日本語  ] [日本語***] [éé日本語ééé] [日本] [     日] [日本語] [日本語00] [00日本語]
# | [ abc  ] [ abc ] [-ab--]
# | [x<<] [>>x] [^x^]
