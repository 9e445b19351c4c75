// Text helpers for stk-trace output (see text_format.hpp).
#include "text_format.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace stk::cli {

std::string format_duration(std::uint64_t ns) {
  char buf[64];
  double v = static_cast<double>(ns);
  if (ns < 1000) {
    std::snprintf(buf, sizeof buf, "%llu ns", static_cast<unsigned long long>(ns));
  } else if (ns < 1000000) {
    std::snprintf(buf, sizeof buf, "%.1f \xC2\xB5s", v / 1e3);
  } else if (ns < 1000000000) {
    std::snprintf(buf, sizeof buf, "%.2f ms", v / 1e6);
  } else {
    std::snprintf(buf, sizeof buf, "%.3f s", v / 1e9);
  }
  return buf;
}

// (By hand, not snprintf: the Chrome export writes two per event.)
void append_us(std::string& out, std::uint64_t ns) {
  char buf[32];
  char* end = std::to_chars(buf, buf + 24, ns / 1000).ptr;
  auto frac = static_cast<unsigned>(ns % 1000);
  end[0] = '.';
  end[1] = static_cast<char>('0' + frac / 100);
  end[2] = static_cast<char>('0' + frac / 10 % 10);
  end[3] = static_cast<char>('0' + frac % 10);
  out.append(buf, static_cast<std::size_t>(end + 4 - buf));
}

std::string format_us(std::uint64_t ns) {
  std::string out;
  append_us(out, ns);
  return out;
}

namespace {

// The length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n;
  std::uint32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
  return n;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++w;
  return w;
}

// Copies `s` to `out`: valid UTF-8 sequences as they are, invalid bytes as
// U+FFFD, and each ASCII byte through `ascii(out, c)`.
template <class Ascii>
void copy_utf8(std::string& out, std::string_view s, Ascii ascii) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t n = utf8_sequence(s, i);
      if (n == 0) {
        out += kReplacement;
        ++i;
      } else {
        out.append(s.substr(i, n));
        i += n;
      }
      continue;
    }
    ascii(out, c);
    ++i;
  }
}

void append_json_ascii(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      } else {
        out += static_cast<char>(c);
      }
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  // Names and labels are mostly printable ASCII with nothing to escape: one append.
  bool plain = std::all_of(s.begin(), s.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
  });
  if (plain)
    out += s;
  else
    copy_utf8(out, s, append_json_ascii);
  out += '"';
}

std::string json_string(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

std::string printable(std::string_view s) {
  std::string out;
  copy_utf8(out, s, [](std::string& o, unsigned char c) { o += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c); });
  return out;
}

TextTable::TextTable(std::vector<std::pair<std::string, Align>> columns) : columns_(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  for (std::string& c : cells) c = printable(c);
  rows_.push_back(std::move(cells));
}

std::string TextTable::render(int indent) const {
  std::vector<std::size_t> width(columns_.size());
  for (std::size_t i = 0; i < columns_.size(); ++i) width[i] = display_width(columns_[i].first);
  for (const auto& row : rows_)
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text(static_cast<std::size_t>(indent), ' ');
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::size_t pad = width[i] - display_width(cells[i]);
      bool last = i + 1 == cells.size();
      if (columns_[i].second == Align::Right) text.append(pad, ' ');
      text += cells[i];
      if (columns_[i].second == Align::Left && !last) text.append(pad, ' ');
      if (!last) text += "  ";
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text;
    out += '\n';
  };
  std::vector<std::string> header;
  for (const auto& c : columns_) header.push_back(c.first);
  line(header);
  for (const auto& row : rows_) line(row);
  return out;
}

}  // namespace stk::cli
