# A custom exception overriding __str__ changes str(e) and the uncaught last stderr line.
class CodeError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "error code " + str(self.code)


try:
    raise CodeError(404)
except CodeError as e:
    print(str(e))
    print(e.args)
    print(e)
raise CodeError(500)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | error code 404
# | (404,)
# | error code 404
# stderr-last: CodeError: error code 500
