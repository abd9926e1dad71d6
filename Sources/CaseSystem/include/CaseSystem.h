#ifndef CASE_SYSTEM_H
#define CASE_SYSTEM_H

#include <stddef.h>

/// The lowest address and the size of the calling thread's stack (glibc's pthread_getattr_np,
/// which Swift's Glibc module does not expose). Returns 0 on success.
int case_system_stack_bounds(void **lowest, size_t *size);

#endif
