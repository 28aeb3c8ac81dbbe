// SPDX-License-Identifier: GPL-2.0-or-later
// jemalloc reads its options from this symbol at start-up (MALLOC_CONF in the environment still overrides them).
// - thp:always backs jemalloc's arenas with transparent huge pages: one page fault per 2 MiB instead of per 4 KiB.
//   An import of 200,000 rows touches about 300 MB once; in a virtual machine its 4 KiB faults cost a fifth of the run.
// - Freed pages are kept for 30 s before they go back to the system, so a job that frees and allocates again (one
//   SQLite index build after another) does not fault the same memory in twice.
extern "C" {
// NOLINTNEXTLINE: the name is jemalloc's
const char* malloc_conf = "thp:always,metadata_thp:auto,dirty_decay_ms:30000,muzzy_decay_ms:30000";
}
