// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstddef>

namespace grid {

/**
 * Zero-filled memory for bulk jobs that fill hundreds of megabytes once (a sheet's text, its checked rows), taken
 * straight from the kernel and marked for transparent huge pages. Touching fresh memory costs one page fault per
 * 4 KiB page, which in virtual machines is slow enough to dominate an import; with huge pages it is one per 2 MiB.
 * Falls back to ordinary pages where huge pages are off. Not copyable; the memory is returned on destruction.
 */
class LargeBuffer {
 public:
  LargeBuffer() = default;
  //! At least \a bytes; empty (data() == nullptr) if the system refuses.
  explicit LargeBuffer(std::size_t bytes);
  ~LargeBuffer();
  LargeBuffer(LargeBuffer&& other) noexcept;
  LargeBuffer& operator=(LargeBuffer&& other) noexcept;
  LargeBuffer(const LargeBuffer&) = delete;
  LargeBuffer& operator=(const LargeBuffer&) = delete;

  char* data() const { return m_data; }
  std::size_t size() const { return m_size; }

 private:
  char* m_data = nullptr;
  std::size_t m_size = 0;
};

}  // namespace grid
