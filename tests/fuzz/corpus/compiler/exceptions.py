try:
    1 / 0
except (ZeroDivisionError, ValueError) as e:
    raise RuntimeError("x") from e
except Exception:
    pass
else:
    pass
finally:
    del a, b[0], c.d
