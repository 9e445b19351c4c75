# A hierarchy of custom exceptions caught by the base class and by specific classes.
class AppError(Exception):
    pass


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError):
    pass


class DiskError(AppError):
    pass


def fail(kind):
    if kind == "net":
        raise NetworkError("net down")
    if kind == "timeout":
        raise TimeoutError_("too slow")
    if kind == "disk":
        raise DiskError("disk full")
    if kind == "value":
        raise ValueError("plain")
    return "fine"


for k in ["net", "timeout", "disk", "value", "none"]:
    try:
        print(fail(k))
    except NetworkError as e:
        print("network family:", type(e).__name__, e)
    except AppError as e:
        print("app error:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
print(issubclass(TimeoutError_, AppError), issubclass(DiskError, NetworkError))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | network family: NetworkError net down
# | network family: TimeoutError_ too slow
# | app error: DiskError disk full
# | other: ValueError plain
# | fine
# | True False
