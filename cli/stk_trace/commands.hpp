// The stk-trace subcommands. Each takes the words after its name and returns
// the exit status; a problem the user can fix is thrown as stk::Error (exit
// code 2 for usage, 1 for bad data), which main prints as one line.
#pragma once

#include <cxxopts.hpp>

#include <string>
#include <vector>

namespace stk::cli {

using Args = std::vector<std::string>;

int record_command(const Args& args);  // record.cpp
int report_command(const Args& args);  // report.cpp
int export_command(const Args& args);  // export.cpp
int dump_command(const Args& args);    // dump.cpp

// Parses `args` with `options` (set up by the subcommand, positional words
// included); a cxxopts error becomes stk::Error with exit code 2.
cxxopts::ParseResult parse_options(cxxopts::Options& options, const Args& args);
// The reading commands' common start (report, export, dump: `NAME [options]
// FILE`): adds the FILE positional to `options`, parses, and checks that
// exactly one file was given. Returns false after printing the help.
bool parse_file_command(cxxopts::Options& options, const Args& args, const std::string& name,
                        cxxopts::ParseResult& opts, std::string& file);
// stk::Error(message + " (try 'stk-trace <command> -h')", 2).
[[noreturn]] void usage_error(const std::string& command, const std::string& message);

}  // namespace stk::cli
