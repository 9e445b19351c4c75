// list.sort(): a stable natural merge sort shaped like CPython's timsort
// (count_run, binary insertion up to minrun, run-stack merging; no galloping),
// so the first comparison that fails is the one CPython's fails on and the
// TypeError names the operands in the same order ("'str' and 'int'").
// Invariant: comparisons may run Python code and collect; every item and key is
// held by a rooted temporary list for the whole sort, and on error the working
// array still holds every item exactly once.
#include <algorithm>
#include <vector>

#include "objects/container_internal.hpp"

namespace stk {

namespace {

struct Item {
  Value key;
  Value value;
};

class Sorter {
 public:
  Sorter(Runtime& rt, std::vector<Item>& a) : rt_(rt), a_(a) {}

  bool sort() {
    std::size_t n = a_.size();
    if (n < 2) return true;
    std::size_t minrun = compute_minrun(n);
    std::size_t lo = 0, remaining = n;
    while (remaining) {
      bool descending = false;
      std::size_t r;
      if (!count_run(lo, lo + remaining, &r, &descending)) return false;
      if (descending) std::reverse(a_.begin() + lo, a_.begin() + lo + r);
      if (r < minrun) {
        std::size_t force = std::min(minrun, remaining);
        if (!binary_sort(lo, lo + force, lo + r)) return false;
        r = force;
      }
      runs_.push_back({lo, r});
      if (!merge_collapse()) return false;
      lo += r;
      remaining -= r;
    }
    while (runs_.size() > 1) {
      std::size_t k = runs_.size() - 2;
      if (k > 0 && runs_[k - 1].len < runs_[k + 1].len) --k;
      if (!merge_at(k)) return false;
    }
    return true;
  }

 private:
  struct Run {
    std::size_t base, len;
  };

  // 1 if x < y, 0 if not, -1 on error.
  int lt(const Item& x, const Item& y) { return ops::compare_bool(rt_, CmpOp::Lt, x.key, y.key); }

  static std::size_t compute_minrun(std::size_t n) {
    std::size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  bool count_run(std::size_t lo, std::size_t hi, std::size_t* out, bool* descending) {
    *descending = false;
    if (lo + 1 == hi) {
      *out = 1;
      return true;
    }
    std::size_t n = 2;
    int c = lt(a_[lo + 1], a_[lo]);
    if (c < 0) return false;
    if (c) {
      *descending = true;
      for (std::size_t p = lo + 2; p < hi; ++p, ++n) {
        c = lt(a_[p], a_[p - 1]);
        if (c < 0) return false;
        if (!c) break;
      }
    } else {
      for (std::size_t p = lo + 2; p < hi; ++p, ++n) {
        c = lt(a_[p], a_[p - 1]);
        if (c < 0) return false;
        if (c) break;
      }
    }
    *out = n;
    return true;
  }

  // [lo, start) is sorted; insert each of [start, hi) by binary search.
  bool binary_sort(std::size_t lo, std::size_t hi, std::size_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      Item pivot = a_[start];
      std::size_t l = lo, r = start;
      do {
        std::size_t p = l + ((r - l) >> 1);
        int c = lt(pivot, a_[p]);
        if (c < 0) return false;
        if (c)
          r = p;
        else
          l = p + 1;
      } while (l < r);
      for (std::size_t p = start; p > l; --p) a_[p] = a_[p - 1];
      a_[l] = pivot;
    }
    return true;
  }

  bool merge_collapse() {
    while (runs_.size() > 1) {
      std::size_t n = runs_.size() - 2;
      auto len = [&](std::size_t i) { return runs_[i].len; };
      if ((n > 0 && len(n - 1) <= len(n) + len(n + 1)) ||
          (n > 1 && len(n - 2) <= len(n - 1) + len(n))) {
        if (len(n - 1) < len(n + 1)) --n;
        if (!merge_at(n)) return false;
      } else if (len(n) <= len(n + 1)) {
        if (!merge_at(n)) return false;
      } else {
        break;
      }
    }
    return true;
  }

  bool merge_at(std::size_t i) {
    Run a = runs_[i], b = runs_[i + 1];
    runs_[i].len = a.len + b.len;
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    return a.len <= b.len ? merge_lo(a, b) : merge_hi(a, b);
  }

  // Copies A out and merges forwards.
  bool merge_lo(Run a, Run b) {
    tmp_.assign(a_.begin() + a.base, a_.begin() + a.base + a.len);
    std::size_t i = 0, j = b.base, end_b = b.base + b.len, dest = a.base;
    bool ok = true;
    while (i < tmp_.size() && j < end_b) {
      int c = lt(a_[j], tmp_[i]);
      if (c < 0) {
        ok = false;
        break;
      }
      a_[dest++] = c ? a_[j++] : tmp_[i++];
    }
    while (i < tmp_.size()) a_[dest++] = tmp_[i++];
    return ok;
  }

  // Copies B out and merges backwards.
  bool merge_hi(Run a, Run b) {
    tmp_.assign(a_.begin() + b.base, a_.begin() + b.base + b.len);
    std::size_t i = a.len, j = tmp_.size(), dest = b.base + b.len;  // i, j: counts left
    bool ok = true;
    while (i > 0 && j > 0) {
      int c = lt(tmp_[j - 1], a_[a.base + i - 1]);
      if (c < 0) {
        ok = false;
        break;
      }
      if (c)
        a_[--dest] = a_[a.base + --i];
      else
        a_[--dest] = tmp_[--j];
    }
    while (j > 0) a_[--dest] = tmp_[--j];
    return ok;
  }

  Runtime& rt_;
  std::vector<Item>& a_;
  std::vector<Item> tmp_;
  std::vector<Run> runs_;
};

}  // namespace

bool list_sort(Runtime& rt, List* l, Value key, bool reverse) {
  // All small ints and no key: equal items are indistinguishable, so an unstable
  // sort of the raw values gives exactly CPython's result (its own sort special-
  // cases int lists the same way, unsafe_long_compare).
  if (key.is_null()) {
    bool all_small = true;
    for (Value v : l->items) {
      if (!v.is_small()) {
        all_small = false;
        break;
      }
    }
    if (all_small) {
      // Tagged small ints order like their values when compared as signed words.
      auto word_less = [](Value a, Value b) {
        return static_cast<std::int64_t>(a.bits()) < static_cast<std::int64_t>(b.bits());
      };
      if (reverse)
        std::sort(l->items.begin(), l->items.end(), [&](Value a, Value b) { return word_less(b, a); });
      else
        std::sort(l->items.begin(), l->items.end(), word_less);
      return true;
    }
  }
  Root keep_list(rt, Value::object(l));
  // Every item (and key) stays reachable from `hold` while comparisons run.
  List* hold = rt.new_list();
  Root keep_hold(rt, Value::object(hold));
  hold->items.swap(l->items);  // the list looks empty during the sort, as in CPython
  std::size_t n = hold->items.size();

  std::vector<Item> work(n);
  bool ok = true;
  if (!key.is_null()) {
    Root keep_key(rt, key);
    for (std::size_t i = 0; i < n; ++i) {
      Value item = hold->items[i];
      Value k = rt.call(keep_key.get(), &item, 1);
      if (k.is_null()) {
        ok = false;
        break;
      }
      hold->items.push_back(k);
      work[i] = {k, item};
    }
    if (!ok) {
      hold->items.resize(n);
      l->items.swap(hold->items);
      return false;
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) work[i] = {hold->items[i], hold->items[i]};
  }

  // Reversing before and after keeps equal elements in their original order.
  if (reverse) std::reverse(work.begin(), work.end());
  ok = Sorter(rt, work).sort();
  if (reverse) std::reverse(work.begin(), work.end());

  bool modified = !l->items.empty();
  l->items.clear();
  l->items.reserve(n);
  for (const Item& it : work) l->items.push_back(it.value);
  if (ok && modified) {
    rt.raise_value_error("list modified during sort");
    return false;
  }
  return ok;
}

}  // namespace stk
