#ifndef CASE_SYSTEM_H
#define CASE_SYSTEM_H

#include <stddef.h>

/// The lowest address and the size of the calling thread's stack (glibc's pthread_getattr_np,
/// which Swift's Glibc module does not expose). Returns 0 on success.
int case_system_stack_bounds(void **lowest, size_t *size);

/// Swaps the names of two paths in one atomic step (Linux's renameat2 with RENAME_EXCHANGE,
/// macOS's renamex_np with RENAME_SWAP). Returns 0 on success, else -1 with errno set (ENOSYS
/// or EINVAL where the system or file system cannot).
int case_system_exchange(const char *first, const char *second);

#endif
