#pragma once

class QThreadPool;

namespace vmscope {

// vmscope's own thread pools. Background work never runs on QThreadPool::globalInstance():
// Qt queues its own work there (image scaling while painting, for one) and waits for it, so a
// read stuck on a hung NFS or FUSE file would freeze the window if it held a global thread.

// Every job that reads a Source (/proc, a capture, a remote machine) and computes on what it
// read. A read may block for ever; nothing on the GUI thread ever waits for this pool while
// the window runs (only a job's owner waits for its own job when it is destroyed), and it has
// room for more jobs than vmscope runs at once, so one stuck read delays no other.
QThreadPool* readPool();

// Short CPU-only work that never touches a file: freeing large snapshots off the GUI thread.
// Kept apart from readPool() so that stuck reads cannot hold up the freeing.
QThreadPool* disposalPool();

} // namespace vmscope
