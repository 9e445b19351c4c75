# A custom exception __init__ calls super().__init__(msg) and stores extra attributes.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__("invalid " + field + ": " + repr(value))
        self.field = field
        self.value = value


def check(age):
    if age < 0:
        raise ValidationError("age", age)
    return age


for v in [5, -1]:
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("caught:", e)
        print("field", e.field, "value", e.value)
        print("args", e.args)
        print(repr(e))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ok 5
# | caught: invalid age: -1
# | field age value -1
# | args ('invalid age: -1',)
# | ValidationError('invalid age: -1')
