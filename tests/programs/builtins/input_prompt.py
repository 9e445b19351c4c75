# input(prompt) writes the prompt to stdout without a newline.
# stdin: Ada\n7\n
name = input("Name? ")
age = int(input("Age: "))
print("Hello,", name, "in 3 years you will be", age + 3)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Name? Age: Hello, Ada in 3 years you will be 10
