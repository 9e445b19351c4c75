// The recorder's slow parts: the full record form, string interning, chunk
// hand-over (clock calibration, chunk headers), the writer thread, the file
// sink. The recording thread and the writer meet only here, once per 64 KiB
// chunk, under one mutex.
#include "trace/recorder.hpp"

#include <cerrno>
#include <condition_variable>
#include <algorithm>
#include <chrono>
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

__extension__ typedef unsigned __int128 u128;  // the clock calibration's product

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

// Owns the chunk buffers. Full ones travel to the writer as Jobs and come
// back to `free_` once written; with no buffer free, the recording thread
// waits (the memory in flight stays bounded). The writer only hands the bytes
// to the sink: everything was encoded by the recording thread.
//
// The writer is not woken per chunk: it polls the queue every millisecond
// (backing off to 64 ms while nothing comes), so the recording thread makes
// no system call while buffers are free. Waking a sleeping thread costs the
// waker a futex call and, on a virtual machine, an inter-processor interrupt;
// doing that every few chunks cost ping-pong about 5 % (bench/RESULTS.md).
// flush() and finish() still wake it at once.
class Recorder::Writer {
 public:
  struct Job {
    char* chunk = nullptr;   // a whole Ticks chunk (null: none)
    std::size_t bytes = 0;
    std::string before;      // written first: a Strings chunk, or the End chunk
  };

  static constexpr std::chrono::microseconds kPollMin{1000}, kPollMax{64000};
  // No chunk for this long: the writer asks for the current one (through
  // `limit`, which the recording thread tests at every event anyway), so a
  // program that records slowly is in the file a fraction of a second later.
  static constexpr std::chrono::milliseconds kQuietHandOver{100};

  Writer(Sink& sink, bool threaded, std::atomic<char*>& limit) : sink_(sink), threaded_(threaded), limit_(limit) {
    std::size_t buffers = threaded ? kBuffers : 1;
    storage_.reset(new char[buffers * kChunkBytes]);  // not zeroed: pages are touched as they fill
    for (std::size_t i = 0; i < buffers; ++i) free_.push_back(storage_.get() + i * kChunkBytes);
    if (threaded_) thread_ = std::thread([this] { loop(); });
  }

  ~Writer() { stop(); }

  // A buffer to fill (waits for the writer if all are in flight).
  char* take() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (free_.empty()) {
      wake_ = true;
      work_.notify_one();  // do not wait for the writer's next poll
      done_.wait(lock, [this] { return !free_.empty(); });
    }
    char* b = free_.back();
    free_.pop_back();
    return b;
  }

  // `wake`: have the writer write it now rather than at its next poll.
  void submit(Job job, bool wake) {
    if (!threaded_) {
      char* chunk = job.chunk;
      write(std::vector<Job>{std::move(job)});
      if (chunk) free_.push_back(chunk);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      jobs_.push_back(std::move(job));
      wake_ = wake_ || wake;
    }
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
  void write(const std::vector<Job>& jobs) {
    parts_.clear();
    for (const Job& job : jobs) {
      if (!job.before.empty()) parts_.push_back({job.before.data(), job.before.size()});
      if (job.chunk) parts_.push_back({job.chunk, job.bytes});
    }
    if (!parts_.empty()) sink_.write(parts_.data(), parts_.size());
  }

  // At each poll (or when woken) the writer takes every queued job, writes
  // them all with one call to the sink, and hands their buffers back.
  void loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    std::vector<Job> batch;
    auto period = kPollMin;
    auto last_job = std::chrono::steady_clock::now();
    bool asked = false;
    for (;;) {
      work_.wait_for(lock, period, [this] { return stop_ || wake_; });
      wake_ = false;
      if (jobs_.empty()) {
        if (stop_) return;
        period = std::min(period * 2, kPollMax);
        if (!asked && std::chrono::steady_clock::now() - last_job >= kQuietHandOver) {
          limit_.store(nullptr, std::memory_order_relaxed);
          asked = true;
        }
        continue;
      }
      period = kPollMin;
      last_job = std::chrono::steady_clock::now();
      asked = false;
      batch.clear();
      while (!jobs_.empty()) {
        batch.push_back(std::move(jobs_.front()));
        jobs_.pop_front();
      }
      lock.unlock();
      write(batch);
      lock.lock();
      for (Job& job : batch)
        if (job.chunk) free_.push_back(job.chunk);
      done_.notify_one();
    }
  }

  Sink& sink_;
  bool threaded_;
  std::atomic<char*>& limit_;  // the recorder's
  std::unique_ptr<char[]> storage_;
  std::vector<Sink::Part> parts_;  // the writer's own
  // Shared, under mutex_.
  alignas(64) std::mutex mutex_;
  std::condition_variable work_, done_;
  std::deque<Job> jobs_;
  std::vector<char*> free_;
  bool stop_ = false;
  bool wake_ = false;  // write now, do not wait for the next poll
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
  writer_ = std::make_unique<Writer>(sink, writer_thread, limit_);
  start_ns_ = monotonic_raw_ns();
  start_raw_ = last_raw_ = raw_clock();
  take_buffer();
}

Recorder::~Recorder() {
  if (!finished_) flush();  // no End chunk: the file says the recording did not finish
}

char* Recorder::put_full(char* p, std::uint64_t raw, EventKind kind, std::uint32_t tasklet, std::uint8_t detail,
                         std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
  std::uint64_t step = 0;
  if (raw > last_raw_) {  // else the same instant, or a clock that went back: keep times monotonic
    step = raw - last_raw_;
    last_raw_ = raw;
  }
  return put_full_record(p, kind, detail, step, tasklet, a, b, c, d);
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

void Recorder::take_buffer() {
  buffer_ = writer_->take();
  next_ = buffer_ + kTicksChunkPrefix;
  restore_limit();
  chunk_base_raw_ = last_raw_;
}

// A full buffer, or the writer asked for the chunk (limit_ null): hands it
// over; the writer finds it at its next poll.
char* Recorder::next_buffer() {
  hand_over(true, false);
  restore_limit();  // (with nothing to hand over, hand_over took no new buffer: undo the request)
  return next_;
}

void Recorder::flush() {
  if (finished_) {
    next_ = buffer_ + kTicksChunkPrefix;  // recording is over: late events are dropped
    return;
  }
  hand_over(true, true);
}

// The chunk's times: ns = base + ticks since the base * rate / 2^32. A
// chunk's base is the previous chunk's end (the instant of its last event,
// where this chunk's ticks start), so times never go back and an event at
// the same instant as the last of the previous chunk keeps its time. The
// rate is the one measured over the whole recording so far (more exact as it
// goes on), nudged by at most 1/64 so that the chunk ends where that
// measurement puts its last event: early estimates do not leave a lasting
// offset.
void Recorder::hand_over(bool take_next, bool wake) {
  bool events = next_ != buffer_ + kTicksChunkPrefix;
  if (!events && pending_strings_.empty()) return;
  Writer::Job job;
  if (!pending_strings_.empty()) {
    append_chunk_header(job.before, ChunkType::Strings, static_cast<std::uint32_t>(pending_strings_.size()));
    job.before += pending_strings_;
    pending_strings_.clear();
  }
  if (events) {
    std::uint64_t now_raw = raw_clock(), now_ns = monotonic_raw_ns();
    std::uint64_t measured = std::uint64_t{1} << 32;  // 1 ns per tick until there is a measurement
    if (now_raw > start_raw_ && now_ns > start_ns_) {
      auto m = (static_cast<u128>(now_ns - start_ns_) << 32) / (now_raw - start_raw_);
      if (m > 0 && m < (static_cast<u128>(1) << 40)) measured = static_cast<std::uint64_t>(m);
    }
    std::uint64_t base = end_ns_, ticks = last_raw_ - chunk_base_raw_, rate = measured;
    if (ticks > 0) {
      auto target = static_cast<std::uint64_t>((static_cast<u128>(last_raw_ - start_raw_) * measured) >> 32);
      std::uint64_t low = measured - measured / 64, high = measured + measured / 64;
      u128 fit = target > base ? (static_cast<u128>(target - base) << 32) / ticks : 0;
      rate = fit < low ? low : fit > high ? high : static_cast<std::uint64_t>(fit);
    }
    end_ns_ = base + static_cast<std::uint64_t>((static_cast<u128>(ticks) * rate) >> 32);
    auto type = static_cast<std::uint32_t>(ChunkType::Ticks);
    auto length = static_cast<std::uint32_t>(next_ - buffer_ - kChunkHeaderBytes);
    std::memcpy(buffer_, &type, 4);
    std::memcpy(buffer_ + 4, &length, 4);
    std::memcpy(buffer_ + 8, &base, 8);
    std::memcpy(buffer_ + 16, &rate, 8);
    job.chunk = buffer_;
    job.bytes = static_cast<std::size_t>(next_ - buffer_);
  }
#if defined(__x86_64__)
  __builtin_ia32_sfence();  // the records' non-temporal stores land before the writer reads them
#endif
  writer_->submit(std::move(job), wake);
  if (events && take_next) take_buffer();
}

void Recorder::finish(int exit_status) {
  if (finished_) return;
  hand_over(false, true);
  finished_ = true;
  Writer::Job job;
  append_chunk_header(job.before, ChunkType::End, 12);
  char b[12];
  std::memcpy(b, &events_, 8);
  auto status = static_cast<std::int32_t>(exit_status);
  std::memcpy(b + 8, &status, 4);
  job.before.append(b, 12);
  writer_->submit(std::move(job), true);
  writer_->stop();
}

}  // namespace stk::trace
