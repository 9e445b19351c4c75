// Text helpers the commands share: durations for people ("1.25 ms"),
// timestamps for machines (µs with three decimals, as Chrome's `ts` wants),
// JSON string escaping that survives invalid UTF-8 in a damaged trace, and an
// aligned text table whose column widths count code points, not bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stk::cli {

// "850 ns", "12.4 µs", "3.25 ms", "1.500 s".
std::string format_duration(std::uint64_t ns);
// Nanoseconds as microseconds with three decimals: 1234567 -> "1234.567".
std::string format_us(std::uint64_t ns);
void append_us(std::string& out, std::uint64_t ns);  // format_us, appended
// Appends `s` as a JSON string literal (quotes included). Invalid UTF-8 bytes
// become U+FFFD, so the output is always valid JSON.
void append_json_string(std::string& out, std::string_view s);
std::string json_string(std::string_view s);
// `s` with invalid UTF-8 replaced by U+FFFD and control characters by '?'
// (for one-line text output).
std::string printable(std::string_view s);

class TextTable {
 public:
  enum class Align { Left, Right };
  explicit TextTable(std::vector<std::pair<std::string, Align>> columns);
  void add_row(std::vector<std::string> cells);
  bool empty() const { return rows_.empty(); }
  // The header, then the rows; each line indented by `indent` spaces.
  std::string render(int indent = 2) const;

 private:
  std::vector<std::pair<std::string, Align>> columns_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace stk::cli
