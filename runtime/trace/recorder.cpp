// The recorder's slow parts: string interning, handing full buffers to the
// writer, the writer itself (clock conversion, chunk encoding, the sink), the
// file sink. The recording thread and the writer meet only here, once per
// chunk of 2048 events, under one mutex.
#include "trace/recorder.hpp"

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include <stk/trace_file.hpp>

namespace stk::trace {
namespace {

void append_u32(std::string& out, std::uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);  // the format is little-endian, as is every target we build for
  out.append(b, 4);
}

}  // namespace

FileSink::FileSink(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0) throw std::runtime_error("cannot write trace file '" + path + "': " + std::strerror(errno));
}

FileSink::~FileSink() {
  if (fd_ >= 0) ::close(fd_);
}

void FileSink::write(const char* data, std::size_t size) {
  Part part{data, size};
  write(&part, 1);
}

void FileSink::write(const Part* parts, std::size_t n) {
  iovec iov[8];
  while (n > 0 && fd_ >= 0) {
    int k = 0;
    for (; k < 8 && static_cast<std::size_t>(k) < n; ++k) iov[k] = {const_cast<char*>(parts[k].data), parts[k].size};
    int first = 0;
    while (first < k) {
      ssize_t w = ::writev(fd_, iov + first, k - first);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return failed();
      auto left = static_cast<std::size_t>(w);
      while (first < k && left >= iov[first].iov_len) left -= iov[first++].iov_len;
      if (first < k) {
        iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + left;
        iov[first].iov_len -= left;
      }
    }
    parts += k;
    n -= static_cast<std::size_t>(k);
  }
}

// A full disk must not stop the program: stop recording instead.
void FileSink::failed() {
  std::fprintf(stderr, "stk: writing trace file '%s' failed; recording stopped\n", path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

std::uint64_t Recorder::monotonic_raw_ns() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000u + static_cast<std::uint64_t>(ts.tv_nsec);
}

// Owns the event buffers. Full ones travel to the writer as Jobs and come
// back to `free_` once written; with no buffer free, the recording thread
// waits (the memory in flight stays bounded).
class Recorder::Writer {
 public:
  struct Job {
    Event* events = nullptr;
    std::size_t count = 0;
    std::string strings;                    // written before the events that use them
    std::uint64_t raw_now = 0, ns_now = 0;  // a calibration pair taken at hand-over
    bool end = false;                       // the End chunk: total events and exit status
    std::uint64_t total = 0;
    int exit_status = 0;
  };

  static constexpr std::size_t kWakeBatch = kBuffers / 2;

  Writer(Sink& sink, bool threaded) : sink_(sink), threaded_(threaded) {
    std::size_t buffers = threaded ? kBuffers : 1;
    storage_ = std::make_unique<Event[]>(buffers * kEventsPerChunk);
    for (std::size_t i = 0; i < buffers; ++i) free_.push_back(storage_.get() + i * kEventsPerChunk);
    start_ns_ = monotonic_raw_ns();
    start_raw_ = raw_clock();
    if (threaded_) thread_ = std::thread([this] { loop(); });
  }

  ~Writer() { stop(); }

  // A buffer to fill (waits for the writer if all are in flight).
  Event* take() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (free_.empty()) {
      work_.notify_one();  // the writer may be waiting for a fuller batch
      done_.wait(lock, [this] { return !free_.empty(); });
    }
    Event* e = free_.back();
    free_.pop_back();
    return e;
  }

  void submit(Job job) {
    job.raw_now = raw_clock();
    job.ns_now = monotonic_raw_ns();
    if (!threaded_) {
      write(job);
      if (job.events) free_.push_back(job.events);
      return;
    }
    bool wake;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      wake = job.end || jobs_.size() + 1 >= kWakeBatch;
      jobs_.push_back(std::move(job));
    }
    // Waking the writer costs a futex call and two context switches: do it
    // once per few chunks (a follower of the file sees them in batches).
    if (wake) work_.notify_one();
  }

  // Waits until every job is written, then ends the thread.
  void stop() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    work_.notify_one();
    thread_.join();
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_.wait(lock, [this] { return stop_ || jobs_.size() >= kWakeBatch || (!jobs_.empty() && free_.empty()); });
      if (jobs_.empty()) return;  // stop_ and nothing left
      while (!jobs_.empty()) {  // once awake, write everything queued
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        lock.unlock();
        write(job);
        lock.lock();
        if (job.events) {
          free_.push_back(job.events);
          done_.notify_one();
        }
      }
    }
  }

  // Converts the raw clock of the job's events to ns since the start, with the
  // clock rate measured over the whole recording so far, and writes the chunks
  // in one go: strings, events (packed: about 9 bytes each), end.
  void write(Job& job) {
    head_.clear();
    if (!job.strings.empty()) {
      append_chunk_header(head_, ChunkType::Strings, static_cast<std::uint32_t>(job.strings.size()));
      head_ += job.strings;
    }
    if (job.count > 0) {
      double ns_per_tick = job.raw_now > start_raw_ ? static_cast<double>(job.ns_now - start_ns_) /
                                                          static_cast<double>(job.raw_now - start_raw_)
                                                    : 1.0;
      for (std::size_t i = 0; i < job.count; ++i) {
        std::uint64_t raw = job.events[i].time_ns;
        std::uint64_t t =
            raw <= start_raw_ ? 0 : static_cast<std::uint64_t>(static_cast<double>(raw - start_raw_) * ns_per_tick);
        if (t < last_time_ns_) t = last_time_ns_;
        job.events[i].time_ns = last_time_ns_ = t;
      }
      append_packed_chunk(head_, job.events, job.count);
    }
    if (job.end) {
      append_chunk_header(head_, ChunkType::End, 12);
      char b[12];
      std::memcpy(b, &job.total, 8);
      auto status = static_cast<std::int32_t>(job.exit_status);
      std::memcpy(b + 8, &status, 4);
      head_.append(b, 12);
    }
    if (!head_.empty()) sink_.write(head_.data(), head_.size());
  }

  Sink& sink_;
  bool threaded_;
  std::unique_ptr<Event[]> storage_;
  std::uint64_t start_ns_ = 0, start_raw_ = 0;
  std::uint64_t last_time_ns_ = 0;  // keeps converted times monotonic across chunks
  std::string head_;  // the chunks of one job
  std::mutex mutex_;
  std::condition_variable work_, done_;
  std::deque<Job> jobs_;
  std::vector<Event*> free_;
  bool stop_ = false;
  std::thread thread_;
};

Recorder::Recorder(Sink& sink, const std::vector<std::pair<std::string, std::string>>& meta, bool writer_thread) {
  std::string out = encode_file_header();
  std::string payload;
  for (const auto& [key, value] : meta) {
    append_u32(payload, static_cast<std::uint32_t>(key.size()));
    payload += key;
    append_u32(payload, static_cast<std::uint32_t>(value.size()));
    payload += value;
  }
  append_chunk_header(out, ChunkType::Meta, static_cast<std::uint32_t>(payload.size()));
  out += payload;
  sink.write(out.data(), out.size());  // before the writer thread exists
  writer_ = std::make_unique<Writer>(sink, writer_thread);
  begin_ = next_ = writer_->take();
  end_ = begin_ + kEventsPerChunk;
}

Recorder::~Recorder() {
  if (!finished_) flush();  // no End chunk: the file says the recording did not finish
}

std::uint32_t Recorder::cache_site(const void* code, std::uint32_t ip, int line, const std::string& text) {
  LocationKey key{code, line};
  auto it = locations_.find(key);
  std::uint32_t id = it != locations_.end() ? it->second : locations_.emplace(key, intern(text)).first->second;
  sites_[site_slot(code, ip)] = SiteEntry{code, ip, id};
  return id;
}

std::uint32_t Recorder::intern(std::string_view s) {
  auto it = ids_.find(std::string(s));
  if (it != ids_.end()) return it->second;
  std::uint32_t id = next_id_++;
  ids_.emplace(std::string(s), id);
  append_u32(pending_strings_, id);
  append_u32(pending_strings_, static_cast<std::uint32_t>(s.size()));
  pending_strings_.append(s.data(), s.size());
  return id;
}

Event* Recorder::next_buffer() {
  flush();
  return next_;
}

void Recorder::flush() {
  auto count = static_cast<std::size_t>(next_ - begin_);
  if (finished_) {
    next_ = begin_;  // recording is over: late events are dropped
    return;
  }
  if (count == 0 && pending_strings_.empty()) return;
  Writer::Job job;
  if (count > 0) {
    job.events = begin_;
    job.count = count;
  }
  job.strings = std::move(pending_strings_);
  pending_strings_.clear();
  handed_over_ += count;
  writer_->submit(std::move(job));
  if (count > 0) {
    begin_ = next_ = writer_->take();
    end_ = begin_ + kEventsPerChunk;
  }
}

void Recorder::finish(int exit_status) {
  if (finished_) return;
  flush();
  finished_ = true;
  Writer::Job job;
  job.end = true;
  job.total = handed_over_;
  job.exit_status = exit_status;
  writer_->submit(std::move(job));
  writer_->stop();
}

}  // namespace stk::trace
