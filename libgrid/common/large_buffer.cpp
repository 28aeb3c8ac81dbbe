// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/large_buffer.h"

#include <sys/mman.h>

#include <utility>

namespace grid {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

LargeBuffer::LargeBuffer(std::size_t bytes) {
  if (bytes == 0) return;
  const std::size_t size = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  // Map one huge page more than needed and keep a 2 MiB-aligned window, so the kernel can back it with huge pages.
  void* raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return;
  char* base = static_cast<char*>(raw);
  char* aligned =
      reinterpret_cast<char*>((reinterpret_cast<std::size_t>(base) + kHugePage - 1) / kHugePage * kHugePage);
  if (aligned > base) munmap(base, static_cast<std::size_t>(aligned - base));
  const std::size_t tail = static_cast<std::size_t>(base + size + kHugePage - (aligned + size));
  if (tail > 0) munmap(aligned + size, tail);
  (void)madvise(aligned, size, MADV_HUGEPAGE);  // advice only: without THP the pages are ordinary ones
  m_data = aligned;
  m_size = size;
}

LargeBuffer::~LargeBuffer() {
  if (m_data) munmap(m_data, m_size);
}

LargeBuffer::LargeBuffer(LargeBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

LargeBuffer& LargeBuffer::operator=(LargeBuffer&& other) noexcept {
  if (this != &other) {
    if (m_data) munmap(m_data, m_size);
    m_data = std::exchange(other.m_data, nullptr);
    m_size = std::exchange(other.m_size, 0);
  }
  return *this;
}

}  // namespace grid
