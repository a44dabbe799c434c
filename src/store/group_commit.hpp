// Group commit for SQLite: the writes of all a process's workers share transactions, and so the
// fsync of each commit (synchronous=FULL). A worker that wants to write queues its write and
// waits; the first waiting worker becomes the leader, runs every queued write on one shared writer
// connection — each in its own savepoint, so that a refused write changes nothing and does not
// disturb the others — commits once, and wakes the writers with their results. A write is
// acknowledged only after the commit that holds it: durability is unchanged, throughput under
// concurrent writers is several times higher (docs/BENCHMARKS.md).
//
// PostgreSQL needs none of this (its WAL already groups commits).
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace gongkai::store {

class GroupCommitter {
 public:
  // `writer`: a store of its own on the same database, used only by the leader.
  explicit GroupCommitter(std::unique_ptr<Store> writer) : writer_(std::move(writer)) {}

  // Runs `write` on the writer store within the next group transaction, as `actor` with
  // `calendar`; returns its result once the transaction has committed (or the commit's error).
  Result<void> Run(const std::string& actor, const core::WorkCalendar& calendar,
                   const std::function<Result<void>(Store&)>& write);

 private:
  struct Pending {
    const std::function<Result<void>(Store&)>* write;
    const std::string* actor;
    const core::WorkCalendar* calendar;
    Result<void> result;
    bool done = false;
  };
  void Lead(std::vector<Pending*>& group);

  std::unique_ptr<Store> writer_;
  std::mutex mutex_;
  std::condition_variable finished_;
  std::vector<Pending*> queue_;
  bool leading_ = false;
};

// A worker's Store: reads on the worker's own connection, writes through the committer.
std::unique_ptr<Store> WithGroupCommit(std::unique_ptr<Store> reader,
                                       std::shared_ptr<GroupCommitter> committer);

}  // namespace gongkai::store
