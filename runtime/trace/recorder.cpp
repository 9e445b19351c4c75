// The recorder's slow parts: string interning, handing full buffers to the
// writer, the writer itself (clock conversion, chunk encoding, the sink), the
// file sink. The recording thread and the writer meet only here, once per
// chunk of 2048 events, under one mutex.
#include "trace/recorder.hpp"

#include <cerrno>
#include <condition_variable>
#include <algorithm>
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

__extension__ typedef unsigned __int128 u128;  // the clock conversion's product

// A growable byte buffer that, unlike std::string::resize, does not zero the
// room it makes: the packer reserves the most a chunk can take and keeps what
// it used.
class Bytes {
 public:
  char* room(std::size_t n) {
    if (cap_ - size_ < n) {
      std::size_t cap = std::max(size_ + n, 2 * cap_);
      auto bigger = std::make_unique<char[]>(cap);
      if (size_ > 0) std::memcpy(bigger.get(), data_.get(), size_);
      data_ = std::move(bigger);
      cap_ = cap;
    }
    return data_.get() + size_;
  }
  void commit(std::size_t n) { size_ += n; }
  void append(const char* p, std::size_t n) {
    std::memcpy(room(n), p, n);
    size_ += n;
  }
  void append_u32(std::uint32_t v) { append(reinterpret_cast<const char*>(&v), 4); }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, cap_ = 0;
};

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
// back to `free_` once packed; with no buffer free, the recording thread
// waits (the memory in flight stays bounded). The writer reads the event
// buffers and never writes to them, so a buffer's cache lines need not come
// back from the writer's core before the recording thread refills it.
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
      out_.clear();
      encode(job);
      if (job.events) free_.push_back(job.events);
      if (!out_.empty()) sink_.write(out_.data(), out_.size());
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
  // Once awake, the writer takes every queued job, packs each (handing its
  // buffer back at once) and writes them all with one call to the sink.
  void loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    std::vector<Job> batch;
    for (;;) {
      work_.wait(lock, [this] { return stop_ || jobs_.size() >= kWakeBatch || (!jobs_.empty() && free_.empty()); });
      if (jobs_.empty()) return;  // stop_ and nothing left
      batch.clear();
      while (!jobs_.empty()) {
        batch.push_back(std::move(jobs_.front()));
        jobs_.pop_front();
      }
      lock.unlock();
      out_.clear();
      for (Job& job : batch) {
        encode(job);
        if (job.events) {
          {
            std::lock_guard<std::mutex> g(mutex_);
            free_.push_back(job.events);
          }
          done_.notify_one();
        }
      }
      if (!out_.empty()) sink_.write(out_.data(), out_.size());
      lock.lock();
    }
  }

  // Appends the job's chunks to out_: strings, events (packed: about 8 to 11
  // bytes each), end.
  void encode(const Job& job) {
    if (!job.strings.empty()) {
      chunk_header(ChunkType::Strings, job.strings.size());
      out_.append(job.strings.data(), job.strings.size());
    }
    if (job.count > 0) pack(job);
    if (job.end) {
      chunk_header(ChunkType::End, 12);
      char b[12];
      std::memcpy(b, &job.total, 8);
      auto status = static_cast<std::int32_t>(job.exit_status);
      std::memcpy(b + 8, &status, 4);
      out_.append(b, 12);
    }
  }

  void chunk_header(ChunkType type, std::size_t payload) {
    out_.append_u32(static_cast<std::uint32_t>(type));
    out_.append_u32(static_cast<std::uint32_t>(payload));
  }

  static char* put_varint(char* p, std::uint64_t v) {
    while (v >= 0x80) {
      *p++ = static_cast<char>(v | 0x80);
      v >>= 7;
    }
    *p++ = static_cast<char>(v);
    return p;
  }

  // One Packed chunk (docs/trace-format.md section 4), converting each raw
  // clock reading to ns since the start on the way: ns = ticks * mult >> 32,
  // the rate measured over the whole recording so far; times are kept
  // monotonic across chunks. A record whose time step and fields are all
  // below 128 (most of them) is 8 bytes, stored at once.
  void pack(const Job& job) {
    std::uint64_t mult = std::uint64_t{1} << 32;  // 1 ns per tick until there is a measurement
    if (job.raw_now > start_raw_ && job.ns_now > start_ns_) {
      auto m = (static_cast<u128>(job.ns_now - start_ns_) << 32) / (job.raw_now - start_raw_);
      if (m > 0 && m < (static_cast<u128>(1) << 40)) mult = static_cast<std::uint64_t>(m);
    }
    auto to_ns = [&](std::uint64_t raw) -> std::uint64_t {
      if (raw <= start_raw_) return 0;
      return static_cast<std::uint64_t>((static_cast<u128>(raw - start_raw_) * mult) >> 32);
    };
    const Event* ev = job.events;
    std::size_t n = job.count;
    char* chunk = out_.room(kChunkHeaderBytes + 8 + n * kMaxPackedRecord);
    char* payload = chunk + kChunkHeaderBytes;
    std::uint64_t prev = to_ns(ev[0].time_ns);
    if (prev < last_time_ns_) prev = last_time_ns_;
    std::memcpy(payload, &prev, 8);
    char* p = payload + 8;
    std::uint64_t last_raw = ev[0].time_ns;
    for (std::size_t k = 0; k < n; ++k) {
      const Event& e = ev[k];
      std::uint64_t t = prev;
      if (e.time_ns != last_raw) {  // the same reading converts to the same time
        t = to_ns(e.time_ns);
        if (t < prev) t = prev;
        last_raw = e.time_ns;
      }
      std::uint64_t step = t - prev;
      prev = t;
      if ((step | e.tasklet | e.a | e.b | e.c | e.d) < 0x80) {
        std::uint64_t w = static_cast<std::uint64_t>(e.kind) | static_cast<std::uint64_t>(e.detail) << 8 |
                          step << 16 | static_cast<std::uint64_t>(e.tasklet) << 24 |
                          static_cast<std::uint64_t>(e.a) << 32 | static_cast<std::uint64_t>(e.b) << 40 |
                          static_cast<std::uint64_t>(e.c) << 48 | static_cast<std::uint64_t>(e.d) << 56;
        std::memcpy(p, &w, 8);  // little-endian, as the format
        p += 8;
        continue;
      }
      *p++ = static_cast<char>(e.kind);
      *p++ = static_cast<char>(e.detail);
      p = put_varint(p, step);
      p = put_varint(p, e.tasklet);
      p = put_varint(p, e.a);
      p = put_varint(p, e.b);
      p = put_varint(p, e.c);
      p = put_varint(p, e.d);
    }
    last_time_ns_ = prev;
    auto length = static_cast<std::uint32_t>(p - payload);
    auto type = static_cast<std::uint32_t>(ChunkType::Packed);
    std::memcpy(chunk, &type, 4);
    std::memcpy(chunk + 4, &length, 4);
    out_.commit(kChunkHeaderBytes + length);
  }

  Sink& sink_;
  bool threaded_;
  std::unique_ptr<Event[]> storage_;
  // The writer's own state: only the writer thread (or, without one, the
  // recording thread) touches it.
  std::uint64_t start_ns_ = 0, start_raw_ = 0;
  std::uint64_t last_time_ns_ = 0;  // keeps converted times monotonic across chunks
  Bytes out_;  // the chunks of one batch of jobs
  // Shared, under mutex_.
  alignas(64) std::mutex mutex_;
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
  last_raw_ = raw_clock();
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
