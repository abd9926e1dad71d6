#define _GNU_SOURCE
#include <pthread.h>
#include "CaseSystem.h"

int case_system_stack_bounds(void **lowest, size_t *size) {
#if defined(__linux__)
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return -1;
  int result = pthread_attr_getstack(&attributes, lowest, size);
  pthread_attr_destroy(&attributes);
  return result;
#elif defined(__APPLE__)
  pthread_t self = pthread_self();
  *size = pthread_get_stacksize_np(self);
  *lowest = (char *)pthread_get_stackaddr_np(self) - *size;
  return 0;
#else
  return -1;
#endif
}
