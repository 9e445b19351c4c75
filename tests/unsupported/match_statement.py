# stk-error: NotImplementedError: 'match' is not supported (match_statement.py, line 4, column 1)
# A structural pattern-matching statement at module level.
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("unknown")
